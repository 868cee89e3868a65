package io.github.twentyminute.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a document's {@code format} names another document type, or a version of this type
 * that this library does not read.
 *
 * <p>See {@link JsonFormatException} for the location and the expected and found values.
 */
public final class UnsupportedFormatException extends JsonFormatException {
  private static final long serialVersionUID = 1L;

  /** The format the document names. */
  private final String format;

  UnsupportedFormatException(String pointer, int line, int column, String problem, String expected,
      String found, String format, @Nullable String source, @Nullable Throwable cause) {
    super(pointer, line, column, problem, expected, found, source, cause);
    this.format = format;
  }

  /**
   * Returns the format the document names, such as {@code twentyminute/plan@9}.
   *
   * @return the format found, never null
   */
  public String format() {
    return format;
  }
}
