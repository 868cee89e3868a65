package io.github.twentyminute.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * The one formatter of {@link Duration}s for people, and small checks on durations.
 *
 * <p>Under an hour a duration reads {@code m:ss}; from an hour up {@code h:mm:ss}; from a day up
 * in days, hours and minutes ({@code 2 days 3 h}), because nobody reads {@code 51:00:00} well.
 * Negative durations get a leading minus sign; sub-second parts are truncated toward zero. The
 * words for days, hours and minutes come from a {@link Units}, so renderers in other languages
 * use the same rules.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Durations {
  /** Seconds in a day; from here up a duration reads in days. */
  private static final long DAY = 86_400;

  /** English unit words, used by exception messages and English rendering. */
  public static final Units ENGLISH = new Units() {
    @Override
    public String days(long days) {
      return days == 1 ? "1 day" : days + " days";
    }

    @Override
    public String hours(long hours) {
      return hours + " h";
    }

    @Override
    public String minutes(long minutes) {
      return minutes + " min";
    }
  };

  /**
   * The longest duration any TwentyMinute value accepts: 36,525 days (a hundred years of 365.25
   * days), {@code PT876600H} as ISO-8601. Far beyond any meeting, window or cadence, and small
   * enough that sums and instants shifted by it never overflow.
   */
  public static final Duration MAX = Duration.ofDays(36_525);

  private Durations() {}

  /** The words a language uses for the parts of a duration of a day or more. */
  public interface Units {
    /**
     * Returns the words for a number of days, such as {@code 2 days}.
     *
     * @param days one or more
     * @return the text, never blank
     */
    String days(long days);

    /**
     * Returns the words for a number of hours, such as {@code 3 h}.
     *
     * @param hours 1 to 23
     * @return the text, never blank
     */
    String hours(long hours);

    /**
     * Returns the words for a number of minutes, such as {@code 5 min}.
     *
     * @param minutes 1 to 59
     * @return the text, never blank
     */
    String minutes(long minutes);
  }

  /**
   * Formats a duration in English: {@code 12:00}, {@code -0:30}, {@code 1:15:00},
   * {@code 2 days 3 h}.
   *
   * @param duration the duration to format, not null
   * @return the text, never blank
   */
  public static String format(Duration duration) {
    return format(duration, ENGLISH);
  }

  /**
   * Formats a duration with the given unit words for a day or more.
   *
   * @param duration the duration to format, not null
   * @param units the words for days, hours and minutes, not null
   * @return the text, never blank
   */
  public static String format(Duration duration, Units units) {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(units, "units");
    long seconds = duration.getSeconds();
    if (duration.isNegative() && duration.getNano() > 0) {
      seconds += 1; // truncate toward zero
    }
    // Long.MIN_VALUE seconds cannot be negated; one second less is invisible at that size.
    long abs = seconds == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(seconds);
    StringBuilder text = new StringBuilder(16);
    if (seconds < 0) {
      text.append('-');
    }
    if (abs >= DAY) {
      text.append(units.days(abs / DAY));
      long hours = (abs % DAY) / 3600;
      long minutes = (abs % 3600) / 60;
      if (hours > 0) {
        text.append(' ').append(units.hours(hours));
      }
      if (minutes > 0) {
        text.append(' ').append(units.minutes(minutes));
      }
      return text.toString();
    }
    long hours = abs / 3600;
    long minutes = (abs % 3600) / 60;
    long secs = abs % 60;
    if (hours > 0) {
      text.append(hours).append(':');
      twoDigits(text, minutes);
    } else {
      text.append(minutes);
    }
    text.append(':');
    twoDigits(text, secs);
    return text.toString();
  }

  private static void twoDigits(StringBuilder text, long value) {
    if (value < 10) {
      text.append('0');
    }
    text.append(value);
  }

  /**
   * Checks that a duration is zero or positive.
   *
   * @param duration the duration, not null
   * @param field the name of the field, used in the message
   * @return the duration
   * @throws IllegalArgumentException if the duration is negative
   */
  public static Duration requireNonNegative(Duration duration, String field) {
    Objects.requireNonNull(duration, field);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          field + " must be zero or positive, but was " + format(duration) + " (" + duration + ")");
    }
    return duration;
  }

  /**
   * Checks that a duration is from zero to {@link #MAX}.
   *
   * @param duration the duration, not null
   * @param field the name of the field, used in the message
   * @return the duration
   * @throws IllegalArgumentException if the duration is negative or longer than {@link #MAX}
   */
  public static Duration requireInRange(Duration duration, String field) {
    requireNonNegative(duration, field);
    if (duration.compareTo(MAX) > 0) {
      throw new IllegalArgumentException(field + " must be at most " + format(MAX) + " (" + MAX
          + "), but was " + format(duration) + " (" + duration + ")");
    }
    return duration;
  }

  /**
   * Returns the larger of two durations.
   *
   * @param a a duration, not null
   * @param b a duration, not null
   * @return the larger one
   */
  public static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * Returns the smaller of two durations.
   *
   * @param a a duration, not null
   * @param b a duration, not null
   * @return the smaller one
   */
  public static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
