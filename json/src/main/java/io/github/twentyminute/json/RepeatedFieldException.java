package io.github.twentyminute.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when an object gives a field twice.
 *
 * <p>See {@link JsonFormatException} for the location and the expected and found values.
 */
public final class RepeatedFieldException extends JsonFormatException {
  private static final long serialVersionUID = 1L;

  /** The name of the field. */
  private final String field;

  RepeatedFieldException(String pointer, int line, int column, String problem, String expected,
      String found, String field, @Nullable String source, @Nullable Throwable cause) {
    super(pointer, line, column, problem, expected, found, source, cause);
    this.field = field;
  }

  /**
   * Returns the name of the field.
   *
   * @return the field name, never null
   */
  public String field() {
    return field;
  }
}
