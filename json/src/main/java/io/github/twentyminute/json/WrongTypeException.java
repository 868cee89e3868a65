package io.github.twentyminute.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value has the wrong JSON type, such as a number where a string belongs.
 *
 * <p>See {@link JsonFormatException} for the location and the expected and found values.
 */
public final class WrongTypeException extends JsonFormatException {
  private static final long serialVersionUID = 1L;

  WrongTypeException(String pointer, int line, int column, String problem, String expected,
      String found, @Nullable String source, @Nullable Throwable cause) {
    super(pointer, line, column, problem, expected, found, source, cause);
  }
}
