package io.github.twentyminute.json;

/**
 * Thrown when a save or delete in a {@link JsonDocumentStore} names a revision that is no longer
 * the stored one: someone saved or deleted the document since it was loaded. Nothing was
 * written. Load the document again, apply the change and save with the new revision.
 */
public final class StoreConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The document's id. */
  private final String id;
  /** The revision the caller expected. */
  private final long expectedRevision;
  /** The revision found in the store, 0 if the document is absent. */
  private final long actualRevision;

  StoreConflictException(String id, long expectedRevision, long actualRevision) {
    super(message(id, expectedRevision, actualRevision));
    this.id = id;
    this.expectedRevision = expectedRevision;
    this.actualRevision = actualRevision;
  }

  private static String message(String id, long expected, long actual) {
    if (expected == 0) {
      return "document " + id + " already exists at revision " + actual
          + "; expected it to be new. Maybe load it and save with revision " + actual;
    }
    if (actual == 0) {
      return "document " + id + " was deleted since revision " + expected
          + " was loaded; nothing was written";
    }
    return "document " + id + " is at revision " + actual + ", but the change was made to"
        + " revision " + expected + "; nothing was written. Load it again, apply the change and"
        + " save with revision " + actual;
  }

  /**
   * Returns the id of the document.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the revision the caller expected to replace.
   *
   * @return the expected revision, 0 for a new document
   */
  public long expectedRevision() {
    return expectedRevision;
  }

  /**
   * Returns the revision found in the store.
   *
   * @return the actual revision, 0 if the document does not exist
   */
  public long actualRevision() {
    return actualRevision;
  }
}
