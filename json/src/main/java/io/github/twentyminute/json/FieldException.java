package io.github.twentyminute.json;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an object's fields are not those of its document type: one is missing, unknown or
 * given twice. Names the field and the fields the object may have.
 *
 * <p>See {@link JsonFormatException} for the location and the expected and found values.
 */
public abstract class FieldException extends JsonFormatException {
  private static final long serialVersionUID = 1L;

  /** The name of the field. */
  private final String field;
  /** The fields the object may have. */
  private final List<String> expectedFields;

  FieldException(String pointer, int line, int column, String problem, String expected,
      String found, String field, List<String> expectedFields, @Nullable String source,
      @Nullable Throwable cause) {
    super(pointer, line, column, problem, expected, found, source, cause);
    this.field = field;
    this.expectedFields = List.copyOf(expectedFields);
  }

  /**
   * Returns the name of the field: the one missing, unknown or repeated.
   *
   * @return the field name, never null
   */
  public String field() {
    return field;
  }

  /**
   * Returns the fields the object may have.
   *
   * @return the field names, in the document type's order
   */
  public List<String> expectedFields() {
    return expectedFields;
  }
}
