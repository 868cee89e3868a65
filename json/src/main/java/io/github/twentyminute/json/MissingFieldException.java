package io.github.twentyminute.json;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an object lacks a required field.
 *
 * <p>See {@link FieldException} for the field and {@link JsonFormatException} for the location
 * and the expected and found values.
 */
public final class MissingFieldException extends FieldException {
  private static final long serialVersionUID = 1L;

  MissingFieldException(String pointer, int line, int column, String problem, String expected,
      String found, String field, List<String> expectedFields, @Nullable String source,
      @Nullable Throwable cause) {
    super(pointer, line, column, problem, expected, found, field, expectedFields, source, cause);
  }
}
