package io.github.twentyminute.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document as kept in a {@link JsonDocumentStore}: its id, its revision and its value.
 *
 * <p>The revision counts the saves of the id: 1 after the first save, one more after each.
 * Pass it back to {@link JsonDocumentStore#save(String, Object, long)} to replace the document;
 * if someone saved in between, the store refuses with {@link StoreConflictException}.
 *
 * <p>Instances are immutable and thread-safe if the value is.
 *
 * @param <T> the value type
 */
public final class Stored<T> {
  private final String id;
  private final long revision;
  private final T value;

  Stored(String id, long revision, T value) {
    this.id = id;
    this.revision = revision;
    this.value = value;
  }

  /**
   * Returns the document's id in the store.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the revision of this version of the document.
   *
   * @return the revision, 1 or more
   */
  public long revision() {
    return revision;
  }

  /**
   * Returns the document's value.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Stored)) {
      return false;
    }
    Stored<?> that = (Stored<?>) other;
    return id.equals(that.id) && revision == that.revision && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, revision, value);
  }

  /** Returns {@code id@revision}, such as {@code dana-reyes@3}. */
  @Override
  public String toString() {
    return id + "@" + revision;
  }
}
