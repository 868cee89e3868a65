package io.github.twentyminute.followup;

import io.github.twentyminute.internal.Durations;
import java.time.Duration;

/** Formats durations and points in the reasons and summaries of this package, and rounds points. */
final class Texts {
  private static final long THREE_DAYS = Duration.ofDays(3).getSeconds();

  private Texts() {}

  /**
   * Formats a duration: {@code m:ss} or {@code h:mm:ss} below three days, such as
   * {@code 40:00:00}; from three days up in days, such as {@code 14 days} or
   * {@code 3 days 4:00:00}. Negative durations get a leading minus sign.
   */
  static String duration(Duration duration) {
    if (duration.isNegative()) {
      return "-" + duration(duration.negated());
    }
    if (duration.getSeconds() < THREE_DAYS) {
      return Durations.format(duration);
    }
    long days = duration.toDays();
    Duration rest = duration.minusDays(days);
    return days + " days" + (rest.getSeconds() == 0 ? "" : " " + Durations.format(rest));
  }

  /** Returns {@code points * part / whole} rounded to the nearest whole point, halves up. */
  static int shareOf(int points, long part, long whole) {
    return (int) ((2L * points * part + whole) / (2L * whole));
  }

  static String points(int earned, int possible) {
    return earned + " of " + possible + (possible == 1 ? " point" : " points");
  }
}
