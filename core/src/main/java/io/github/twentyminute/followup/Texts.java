package io.github.twentyminute.followup;

import io.github.twentyminute.plan.Durations;
import java.time.Duration;

/** Formats durations and points in the reasons and summaries of this package, and rounds points. */
final class Texts {
  private static final long THREE_DAYS = Duration.ofDays(3).getSeconds();

  private Texts() {}

  /**
   * Formats a duration: {@code m:ss} or {@code h:mm:ss} below three days, such as
   * {@code 40:00:00}, as {@link Durations#format} does; from three days up in days, such as
   * {@code 14 days} or {@code 3 days 4:00:00}. Negative durations get a leading minus sign.
   * Sub-second parts are truncated.
   */
  static String duration(Duration duration) {
    StringBuilder text = new StringBuilder(16);
    Duration d = duration;
    if (d.isNegative()) {
      text.append('-');
      d = d.negated();
    }
    long seconds = d.getSeconds();
    if (seconds >= THREE_DAYS) {
      long days = seconds / 86_400;
      seconds -= days * 86_400;
      text.append(days).append(" days");
      if (seconds == 0) {
        return text.toString();
      }
      text.append(' ');
    }
    return text.append(Durations.format(Duration.ofSeconds(seconds))).toString();
  }

  /** Returns {@code points * part / whole} rounded to the nearest whole point, halves up. */
  static int shareOf(int points, long part, long whole) {
    return (int) ((2L * points * part + whole) / (2L * whole));
  }

  static String points(int earned, int possible) {
    return earned + " of " + possible + (possible == 1 ? " point" : " points");
  }
}
