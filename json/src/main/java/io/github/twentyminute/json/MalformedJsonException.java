package io.github.twentyminute.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a document is not well-formed JSON, or exceeds a limit of the reader such as its
 * length or nesting depth.
 *
 * <p>See {@link JsonFormatException} for the location and the expected and found values.
 */
public final class MalformedJsonException extends JsonFormatException {
  private static final long serialVersionUID = 1L;

  MalformedJsonException(String pointer, int line, int column, String problem, String expected,
      String found, @Nullable String source, @Nullable Throwable cause) {
    super(pointer, line, column, problem, expected, found, source, cause);
  }
}
