package io.github.twentyminute.json;

import java.util.List;

/**
 * What a JSON Lines export or import of a {@link JsonDocumentStore} did: how many documents it
 * wrote and what it could not transfer.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TransferResult {
  private final long transferred;
  private final List<StoreProblem> problems;

  TransferResult(long transferred, List<StoreProblem> problems) {
    this.transferred = transferred;
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns how many documents were exported or imported.
   *
   * @return the count
   */
  public long transferred() {
    return transferred;
  }

  /**
   * Returns what could not be transferred, with why: corrupt files on export; bad lines and ids
   * already in the store on import.
   *
   * @return the problems, may be empty
   */
  public List<StoreProblem> problems() {
    return problems;
  }

  /** Returns a one-line count, such as {@code 120 transferred, 2 problems}. */
  @Override
  public String toString() {
    return transferred + " transferred, " + problems.size() + " problems";
  }
}
