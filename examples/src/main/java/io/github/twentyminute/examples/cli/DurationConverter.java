package io.github.twentyminute.examples.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration option: minutes and seconds ({@code 18:30}), minutes ({@code 18}), units
 * ({@code 90s}, {@code 1m30s}) or ISO-8601 ({@code PT18M30S}).
 */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{1,6}):([0-5]\\d)");
  private static final Pattern MINUTES = Pattern.compile("\\d{1,6}");
  private static final Pattern UNITS = Pattern.compile("(?:(\\d{1,6})m)?(?:(\\d{1,7})s)?");

  @Override
  public Duration convert(String value) {
    Matcher clock = MINUTES_SECONDS.matcher(value);
    if (clock.matches()) {
      return Duration.ofMinutes(Long.parseLong(clock.group(1)))
          .plusSeconds(Long.parseLong(clock.group(2)));
    }
    if (MINUTES.matcher(value).matches()) {
      return Duration.ofMinutes(Long.parseLong(value));
    }
    Matcher units = UNITS.matcher(value);
    if (!value.isEmpty() && units.matches()) {
      return Duration.ofMinutes(units.group(1) == null ? 0 : Long.parseLong(units.group(1)))
          .plusSeconds(units.group(2) == null ? 0 : Long.parseLong(units.group(2)));
    }
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("expected a duration such as 18:30 (minutes:seconds),"
          + " 18 (minutes), 90s, 1m30s or PT18M30S, but was '" + value + "'");
    }
  }
}
