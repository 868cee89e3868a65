package io.github.twentyminute.json;

import java.util.List;

/**
 * What {@link JsonDocumentStore#loadAll()} found: the documents it could read, in id order, and
 * the problems with those it could not.
 *
 * <p>Instances are immutable and thread-safe if the values are.
 *
 * @param <T> the value type
 */
public final class LoadResult<T> {
  private final List<Stored<T>> documents;
  private final List<StoreProblem> problems;

  LoadResult(List<Stored<T>> documents, List<StoreProblem> problems) {
    this.documents = List.copyOf(documents);
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the documents that were read.
   *
   * @return the documents, in id order
   */
  public List<Stored<T>> documents() {
    return documents;
  }

  /**
   * Returns the files that could not be read, with why.
   *
   * @return the problems, in file name order; empty when every file was read
   */
  public List<StoreProblem> problems() {
    return problems;
  }

  /**
   * Checks if every file was read.
   *
   * @return true if there are no problems
   */
  public boolean isComplete() {
    return problems.isEmpty();
  }
}
