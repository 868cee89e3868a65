package io.github.twentyminute.plan;

import io.github.twentyminute.internal.Durations;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How long a phase may take: a minimum, a target and a maximum.
 *
 * <p>Structure is checked at construction: no duration is negative and
 * {@code min <= target <= max}. Whether the boxes of a plan fit its budget is a business rule,
 * reported by the rules {@code plan.minimums} and {@code plan.targets}, not refused here.
 *
 * <p>The text form is {@code min/target/max} in {@code m:ss}, such as {@code 12:00/14:00/15:00},
 * which {@link #parse(CharSequence)} reads back. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimeBox {
  /** Sign, then m:ss (minutes in group 2) or h:mm:ss (hours in 2, minutes in 3); seconds in 4. */
  private static final Pattern CLOCK =
      Pattern.compile("(-?)(\\d{1,18})(?::([0-5]\\d))?:([0-5]\\d)");

  TimeBox() {}

  /**
   * Returns the shortest time the phase should take.
   *
   * @return the minimum, zero or positive
   */
  public abstract Duration min();

  /**
   * Returns the time the phase is planned to take.
   *
   * @return the target, between min and max
   */
  public abstract Duration target();

  /**
   * Returns the longest time the phase may take.
   *
   * @return the maximum, at least the target
   */
  public abstract Duration max();

  /**
   * Obtains a time box.
   *
   * @param min the minimum, not null, not negative
   * @param target the target, not null, between min and max
   * @param max the maximum, not null, at least min
   * @return the time box
   * @throws IllegalArgumentException if a duration is negative or they are out of order
   */
  public static TimeBox of(Duration min, Duration target, Duration max) {
    return ImmutableTimeBox.builder().min(min).target(target).max(max).build();
  }

  /**
   * Obtains a time box from whole minutes.
   *
   * @param min the minimum in minutes
   * @param target the target in minutes
   * @param max the maximum in minutes
   * @return the time box
   * @throws IllegalArgumentException if a value is negative or they are out of order
   */
  public static TimeBox ofMinutes(long min, long target, long max) {
    return of(Duration.ofMinutes(min), Duration.ofMinutes(target), Duration.ofMinutes(max));
  }

  /**
   * Obtains a time box in which min, target and max are the same.
   *
   * @param exactly the duration, not null, not negative
   * @return the time box
   */
  public static TimeBox exactly(Duration exactly) {
    return of(exactly, exactly, exactly);
  }

  /**
   * Obtains a time box from its text form {@code min/target/max}, each part {@code m:ss},
   * {@code h:mm:ss} or ISO-8601 ({@code PT12M}); a part may carry a leading minus sign, which
   * the box then refuses as negative.
   *
   * @param text the text, such as {@code 12:00/14:00/15:00}; not null
   * @return the time box
   * @throws IllegalArgumentException if the text cannot be read or the box is out of order
   */
  public static TimeBox parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String whole = text.toString();
    String[] parts = whole.split("/", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "time box must be written min/target/max, such as 12:00/14:00/15:00, but was \""
              + whole + "\"");
    }
    return of(
        parseDuration(parts[0], "min", whole),
        parseDuration(parts[1], "target", whole),
        parseDuration(parts[2], "max", whole));
  }

  private static Duration parseDuration(String part, String field, String whole) {
    String s = part.trim();
    if (s.startsWith("P") || s.startsWith("-P") || s.startsWith("+P")) {
      try {
        return Duration.parse(s);
      } catch (DateTimeParseException e) {
        throw unreadable(s, field, whole);
      }
    }
    Matcher m = CLOCK.matcher(s);
    if (!m.matches()) {
      throw unreadable(s, field, whole);
    }
    Duration magnitude;
    try {
      if (m.group(3) == null) {
        magnitude = Duration.ofMinutes(Long.parseLong(m.group(2)))
            .plusSeconds(Long.parseLong(m.group(4)));
      } else {
        magnitude = Duration.ofHours(Long.parseLong(m.group(2)))
            .plusMinutes(Long.parseLong(m.group(3)))
            .plusSeconds(Long.parseLong(m.group(4)));
      }
    } catch (ArithmeticException e) {
      throw unreadable(s, field, whole); // longer than a Duration can hold
    }
    return m.group(1).isEmpty() ? magnitude : magnitude.negated();
  }

  private static IllegalArgumentException unreadable(String part, String field, String whole) {
    return new IllegalArgumentException(
        "time box " + field + " must be m:ss, h:mm:ss or ISO-8601 such as PT12M, but was \""
            + part + "\" in \"" + whole + "\"");
  }

  /**
   * Returns the room between the minimum and the maximum.
   *
   * @return {@code max - min}, never negative
   */
  public Duration span() {
    return max().minus(min());
  }

  /**
   * Checks if a duration lies within this box, bounds included.
   *
   * @param duration the duration, not null
   * @return true if {@code min <= duration <= max}
   */
  public boolean contains(Duration duration) {
    return duration.compareTo(min()) >= 0 && duration.compareTo(max()) <= 0;
  }

  /**
   * Returns how far a duration runs past the maximum.
   *
   * @param actual the duration, not null
   * @return {@code actual - max}, or zero if the duration is within the maximum; never negative
   */
  public Duration overrun(Duration actual) {
    return Durations.max(Duration.ZERO, actual.minus(max()));
  }

  /**
   * Returns how far a duration falls short of the minimum.
   *
   * @param actual the duration, not null
   * @return {@code min - actual}, or zero if the duration reaches the minimum; never negative
   */
  public Duration shortfall(Duration actual) {
    return Durations.max(Duration.ZERO, min().minus(actual));
  }

  /**
   * Returns the duration moved into this box: the minimum if below, the maximum if above.
   *
   * @param duration the duration, not null
   * @return the nearest duration within the box, never negative
   */
  public Duration clamp(Duration duration) {
    return Durations.min(max(), Durations.max(min(), duration));
  }

  /**
   * Returns a copy of this box with another target, which must lie within min and max.
   *
   * @param target the new target, not null
   * @return the new box
   * @throws IllegalArgumentException if the target lies outside the box
   */
  public TimeBox withTarget(Duration target) {
    return of(min(), target, max());
  }

  @Value.Check
  final void check() {
    Durations.requireInRange(min(), "time box min");
    Durations.requireInRange(target(), "time box target");
    Durations.requireInRange(max(), "time box max");
    if (max().compareTo(min()) < 0) {
      throw new IllegalArgumentException(
          "time box max (" + Durations.format(max()) + ") is below its min ("
              + Durations.format(min()) + ")");
    }
    if (target().compareTo(min()) < 0) {
      throw new IllegalArgumentException(
          "time box target (" + Durations.format(target()) + ") is below its min ("
              + Durations.format(min()) + ")");
    }
    if (target().compareTo(max()) > 0) {
      throw new IllegalArgumentException(
          "time box target (" + Durations.format(target()) + ") is above its max ("
              + Durations.format(max()) + ")");
    }
  }

  /**
   * Returns the text form {@code min/target/max}, such as {@code 12:00/14:00/15:00}, which
   * {@link #parse(CharSequence)} reads back to an equal box. A part with a fraction of a second
   * or of a day or more is written in ISO-8601, such as {@code PT1M0.5S} or {@code PT30H}, so
   * that nothing is lost.
   */
  @Override
  public String toString() {
    return text(min()) + "/" + text(target()) + "/" + text(max());
  }

  private static final Duration ONE_DAY = Duration.ofDays(1);

  private static String text(Duration duration) {
    boolean clock = duration.getNano() == 0 && duration.abs().compareTo(ONE_DAY) < 0;
    return clock ? Durations.format(duration) : duration.toString();
  }
}
