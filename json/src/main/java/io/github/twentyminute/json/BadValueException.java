package io.github.twentyminute.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value has the right JSON type but is not acceptable: out of the range the library
 * writes, malformed (a duration, an instant, an id), or breaking an invariant of the core type,
 * such as a time box whose max is below its min.
 *
 * <p>See {@link JsonFormatException} for the location and the expected and found values.
 */
public final class BadValueException extends JsonFormatException {
  private static final long serialVersionUID = 1L;

  BadValueException(String pointer, int line, int column, String problem, String expected,
      String found, @Nullable String source, @Nullable Throwable cause) {
    super(pointer, line, column, problem, expected, found, source, cause);
  }
}
