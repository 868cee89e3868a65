package io.github.twentyminute.plan;

import java.time.Duration;
import java.util.Objects;

/**
 * Formats and checks {@link Duration}s the way the library shows them to people: {@code m:ss}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Durations {
  private Durations() {}

  /**
   * Formats a duration as {@code m:ss}, or {@code h:mm:ss} from one hour up; negative durations get
   * a leading minus sign. Sub-second parts are truncated.
   *
   * @param duration the duration to format, not null
   * @return the text, such as {@code 12:00} or {@code -0:30}
   */
  public static String format(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    long seconds = duration.getSeconds();
    if (duration.isNegative() && duration.getNano() > 0) {
      seconds += 1; // truncate toward zero
    }
    long abs = Math.abs(seconds);
    long hours = abs / 3600;
    long minutes = (abs % 3600) / 60;
    long secs = abs % 60;
    StringBuilder text = new StringBuilder(12);
    if (seconds < 0) {
      text.append('-');
    }
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
