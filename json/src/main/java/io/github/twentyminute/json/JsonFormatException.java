package io.github.twentyminute.json;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a JSON document cannot be read as the document type asked for: it is not JSON, it
 * exceeds a documented limit, a field is unknown, missing, repeated or of the wrong type, a
 * duration is negative, the format or version is not one this library reads, or the values break
 * an invariant of the core type (such as a time box whose max is below its min).
 *
 * <p>Every instance carries where the problem is, as a JSON pointer (RFC 6901, {@code ""} for the
 * whole document) and a line and column (1-based, or -1 when unknown), and a problem text that
 * says what was expected and what was found. When the document came from a file, the file is
 * named too. The message puts these together, for example:
 *
 * <pre>{@code
 * at /phases/2/timeBox (line 31, column 20): time box max (15:00) is below its min (16:00)
 * }</pre>
 *
 * <p>This is the base of the only exception types that reading malformed content raises; I/O
 * failures are reported as {@link java.io.UncheckedIOException}. Each subtype names one kind of
 * problem, and every one carries what was {@link #expected()} and what was {@link #found()} as
 * fields, so a program can act on them without reading the message:
 *
 * <table>
 *   <caption>The kinds of read errors</caption>
 *   <tr><th>type</th><th>when</th></tr>
 *   <tr><td>{@link MalformedJsonException}</td><td>not well-formed JSON, or beyond a limit of the
 *       reader (length, depth)</td></tr>
 *   <tr><td>{@link WrongTypeException}</td><td>a value of the wrong JSON type, such as a number
 *       where a string belongs</td></tr>
 *   <tr><td>{@link MissingFieldException}</td><td>a required field is absent</td></tr>
 *   <tr><td>{@link UnknownFieldException}</td><td>a field the document type does not have</td></tr>
 *   <tr><td>{@link RepeatedFieldException}</td><td>a field given twice</td></tr>
 *   <tr><td>{@link UnsupportedFormatException}</td><td>a {@code format} of another document type,
 *       or a version this library does not read</td></tr>
 *   <tr><td>{@link BadValueException}</td><td>a value of the right type that is not acceptable:
 *       out of range, malformed (a duration, an id) or breaking an invariant of the core type</td></tr>
 * </table>
 *
 * <p>Instances are created by the library only.
 */
public abstract class JsonFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON pointer of the value at fault. */
  private final String pointer;
  /** The 1-based line, or -1. */
  private final int line;
  /** The 1-based column, or -1. */
  private final int column;
  /** What was expected and what was found. */
  private final String problem;
  /** The file or other source, or null. */
  private final @Nullable String source;
  /** What the reader expected. */
  private final String expected;
  /** What it found. */
  private final String found;

  /**
   * Creates an exception.
   *
   * @param pointer the JSON pointer of the offending value, {@code ""} for the whole document;
   *     not null
   * @param line the 1-based line, or -1 if unknown
   * @param column the 1-based column, or -1 if unknown
   * @param problem what was expected and what was found, not null
   * @param expected what the reader expected, not null
   * @param found what it found, not null
   * @param source the file or other source the document came from, or null if unnamed
   * @param cause the underlying exception, or null
   */
  JsonFormatException(String pointer, int line, int column, String problem, String expected,
      String found, @Nullable String source, @Nullable Throwable cause) {
    super(message(pointer, line, column, problem, source), cause);
    this.expected = Objects.requireNonNull(expected, "expected");
    this.found = Objects.requireNonNull(found, "found");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
    this.source = source;
  }

  private static String message(
      String pointer, int line, int column, String problem, @Nullable String source) {
    StringBuilder text = new StringBuilder();
    if (source != null) {
      text.append(source).append(": ");
    }
    text.append("at ").append(pointer.isEmpty() ? "the document root" : pointer);
    if (line > 0) {
      text.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return text.append(": ").append(problem).toString();
  }

  /**
   * Returns the JSON pointer (RFC 6901) of the value at fault.
   *
   * @return the pointer, such as {@code /phases/2/timeBox}; {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line where the value at fault starts.
   *
   * @return the 1-based line, or -1 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column where the value at fault starts.
   *
   * @return the 1-based column, or -1 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns what was expected and what was found, without the location.
   *
   * @return the problem, such as {@code expected an ISO-8601 duration such as "PT2M30S", found
   *     "2:30"}
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the file or other source the document came from.
   *
   * @return the source, or empty if the document was read from an unnamed string or stream
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns what the reader expected at the pointer, such as {@code a string},
   * {@code one of the fields [id, text]} or {@code format "twentyminute/plan@2"}.
   *
   * @return the expectation, never null
   */
  public String expected() {
    return expected;
  }

  /**
   * Returns what the reader found there instead, quoted and shortened where it is a value from
   * the document, such as {@code the number 3} or {@code "PT-5M"}.
   *
   * @return what was found, never null; empty when nothing can be shown
   */
  public String found() {
    return found;
  }
}
