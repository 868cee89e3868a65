package io.github.twentyminute.examples.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an instant option: ISO-8601 with a zone ({@code 2026-03-13T17:00:00Z}), or a date and
 * time without one ({@code 2026-03-13T17:00}) or a date ({@code 2026-03-13}, its start), both
 * taken in UTC.
 */
final class InstantConverter implements ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException notAnInstant) {
      try {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notADateTime) {
        try {
          return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
          throw new TypeConversionException("expected an instant such as 2026-03-13T17:00:00Z,"
              + " a UTC date and time such as 2026-03-13T17:00, or a date such as 2026-03-13,"
              + " but was '" + value + "'");
        }
      }
    }
  }
}
