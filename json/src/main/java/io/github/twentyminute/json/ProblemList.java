package io.github.twentyminute.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The problems of one import or export: the first {@value #KEPT} kept, the others only
 * counted, so that memory stays bounded however many lines are bad. Not thread-safe.
 */
final class ProblemList implements Consumer<StoreProblem> {
  /** How many problems are kept. */
  static final int KEPT = 1000;

  private final List<StoreProblem> kept = new ArrayList<>();
  private long count;

  @Override
  public void accept(StoreProblem problem) {
    count++;
    if (kept.size() < KEPT) {
      kept.add(problem);
    }
  }

  TransferResult result(long transferred) {
    return new TransferResult(transferred, kept, count);
  }
}
