package io.github.twentyminute.json;

import java.util.List;

/**
 * What a JSON Lines export or import of a {@link JsonDocumentStore} did: how many documents it
 * wrote and what it could not transfer. However many problems there were, the first 1000 are
 * kept with their details and the others only counted, so memory stays bounded.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TransferResult {
  private final long transferred;
  private final List<StoreProblem> problems;
  private final long problemCount;

  TransferResult(long transferred, List<StoreProblem> problems, long problemCount) {
    this.transferred = transferred;
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
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
   * @return the first 1000 problems in the order met, may be empty
   */
  public List<StoreProblem> problems() {
    return problems;
  }

  /**
   * Returns how many problems there were, counting those not kept in {@link #problems()}.
   *
   * @return the count, at least the size of {@link #problems()}
   */
  public long problemCount() {
    return problemCount;
  }

  /** Returns a one-line count, such as {@code 120 transferred, 2 problems}. */
  @Override
  public String toString() {
    return transferred + " transferred, " + problemCount + " problems";
  }
}
