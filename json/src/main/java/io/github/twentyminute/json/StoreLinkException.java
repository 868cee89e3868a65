package io.github.twentyminute.json;

import java.nio.file.Path;

/**
 * Thrown when a file a {@link JsonDocumentStore} would open (its {@code .lock} or a document's
 * file) is a symbolic link. The store never follows one, so that it never reads or creates a
 * file outside its directory; nothing was written. Remove the link to use the store again.
 */
public final class StoreLinkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The link, as a path string (paths are not serializable). */
  private final String file;

  StoreLinkException(Path file) {
    super(file + ": expected a regular file of the store, found a symbolic link, which the store"
        + " never follows; nothing was written");
    this.file = file.toString();
  }

  /**
   * Returns the file that is a link.
   *
   * @return the file
   */
  public Path file() {
    return Path.of(file);
  }
}
