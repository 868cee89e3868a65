package io.github.twentyminute.json;

/**
 * Thrown when a save in a {@link JsonDocumentStore} would replace a document at revision
 * {@link Long#MAX_VALUE}: there is no next revision to give it, so nothing was written. The
 * document can still be loaded; save it under another id to go on changing it.
 */
public final class RevisionOverflowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The document's id. */
  private final String id;
  /** The revision that has no successor. */
  private final long revision;

  RevisionOverflowException(String id, long revision) {
    super("document " + id + " is at revision " + revision + ", the highest a store can give;"
        + " expected a revision below " + Long.MAX_VALUE + ", so nothing was written");
    this.id = id;
    this.revision = revision;
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
   * Returns the revision that cannot be increased.
   *
   * @return the revision, {@link Long#MAX_VALUE}
   */
  public long revision() {
    return revision;
  }
}
