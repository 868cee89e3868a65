package io.github.twentyminute.json;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Reads the exact ISO-8601 forms the documents use, by hand, much faster than
 * {@link Duration#parse} and {@link Instant#parse}, which dominate reading otherwise:
 *
 * <ul>
 *   <li>durations {@code P[nD][T[nH][nM][n[.f]S]]}, at least one part, upper case, no signs,
 *       up to nine fraction digits (what {@link Duration#toString()} writes, and days);
 *   <li>instants {@code YYYY-MM-DDTHH:MM:SS[.f]Z}, up to nine fraction digits (what
 *       {@link Instant#toString()} writes for the years 0000 to 9999).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class IsoText {
  private static final long MAX_PART = 999_999_999_999_999L;

  /**
   * The longest duration the documents hold: 36,525 days, {@code PT876600H}, the bound every core
   * value applies to its durations. The reader refuses a longer one at the value itself.
   */
  static final Duration MAX_DURATION = Duration.ofDays(36_525);

  private IsoText() {}

  /** Reads a duration, or returns null if the text is not in the form above or overflows. */
  static @Nullable Duration duration(String text) {
    int length = text.length();
    if (length < 3 || text.charAt(0) != 'P') {
      return null;
    }
    int at = 1;
    long seconds = 0;
    int nanos = 0;
    boolean any = false;
    try {
      long[] number = new long[2];
      int next = digits(text, at, number);
      if (next > at && next < length && text.charAt(next) == 'D') {
        seconds = Math.multiplyExact(number[0], 86_400L);
        at = next + 1;
        any = true;
      } else if (next > at) {
        return null;
      }
      if (at < length) {
        if (text.charAt(at) != 'T' || at + 1 == length) {
          return null;
        }
        at++;
        char[] units = {'H', 'M', 'S'};
        long[] factors = {3600L, 60L, 1L};
        int unit = 0;
        while (at < length) {
          next = digits(text, at, number);
          if (next == at || next == length) {
            return null;
          }
          char c = text.charAt(next);
          int fraction = -1;
          if (c == '.') {
            int start = next + 1;
            int end = start;
            int value = 0;
            while (end < length && end - start < 9 && isDigit(text.charAt(end))) {
              value = value * 10 + (text.charAt(end) - '0');
              end++;
            }
            if (end == start || end == length || text.charAt(end) != 'S') {
              return null;
            }
            for (int i = end - start; i < 9; i++) {
              value *= 10;
            }
            fraction = value;
            next = end;
            c = 'S';
          }
          while (unit < 3 && units[unit] != c) {
            unit++;
          }
          if (unit == 3 || (fraction >= 0 && unit != 2)) {
            return null;
          }
          seconds = Math.addExact(seconds, Math.multiplyExact(number[0], factors[unit]));
          if (fraction >= 0) {
            nanos = fraction;
          }
          unit++;
          at = next + 1;
          any = true;
        }
      }
    } catch (ArithmeticException e) {
      return null;
    }
    return any ? Duration.ofSeconds(seconds, nanos) : null;
  }

  /**
   * Reads the digits from {@code at} into {@code number[0]}; returns the index after them, or
   * {@code at} if there are none. Numbers beyond {@value #MAX_PART} throw ArithmeticException.
   */
  private static int digits(String text, int at, long[] number) {
    long value = 0;
    int i = at;
    while (i < text.length() && isDigit(text.charAt(i))) {
      value = value * 10 + (text.charAt(i) - '0');
      if (value > MAX_PART) {
        throw new ArithmeticException("too many digits");
      }
      i++;
    }
    number[0] = value;
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Reads an instant, or returns null if the text is not in the form above or not a date. */
  static @Nullable Instant instant(String text) {
    int length = text.length();
    if (length < 20 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
        || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 2);
    int day = number(text, 8, 2);
    int hour = number(text, 11, 2);
    int minute = number(text, 14, 2);
    int second = number(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      int digits = length - 21;
      if (text.charAt(19) != '.' || digits < 1 || digits > 9) {
        return null;
      }
      nanos = number(text, 20, digits);
      if (nanos < 0) {
        return null;
      }
      for (int i = digits; i < 9; i++) {
        nanos *= 10;
      }
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
    return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second, nanos);
  }

  /** Returns the number of {@code count} digits at {@code at}, or -1 if one is not a digit. */
  private static int number(String text, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
