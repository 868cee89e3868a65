package io.github.twentyminute.json;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something in a {@link JsonDocumentStore} that could not be read: a corrupt or truncated file, a
 * file whose name is not a valid id, or a bad line of a JSON Lines import. The other documents
 * are still read.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StoreProblem {
  private final @Nullable Path file;
  private final long line;
  private final String message;
  private final @Nullable RuntimeException cause;

  StoreProblem(@Nullable Path file, long line, String message, @Nullable RuntimeException cause) {
    this.file = file;
    this.line = line;
    this.message = Objects.requireNonNull(message, "message");
    this.cause = cause;
  }

  /**
   * Returns the file at fault.
   *
   * @return the file, or empty for a line of an import
   */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /**
   * Returns the line of an import at fault.
   *
   * @return the 1-based line, or 0 for a file of the store
   */
  public long line() {
    return line;
  }

  /**
   * Returns what is wrong, naming the file or line.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns the exception that reported the problem.
   *
   * @return the exception, usually a {@link JsonFormatException}; empty if there was none
   */
  public Optional<RuntimeException> cause() {
    return Optional.ofNullable(cause);
  }

  /** Returns the message. */
  @Override
  public String toString() {
    return message;
  }
}
