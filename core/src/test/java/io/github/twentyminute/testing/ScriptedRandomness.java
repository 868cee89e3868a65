package io.github.twentyminute.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A randomness for tests that returns scripted numbers in order, then the lower bound of every
 * further range, and records each range it was asked for as {@code "min..max"}.
 */
final class ScriptedRandomness implements Randomness {
  private final int[] script;
  private final List<String> ranges = new ArrayList<>();
  private int next;

  private ScriptedRandomness(int[] script) {
    this.script = script.clone();
  }

  static ScriptedRandomness of(int... draws) {
    return new ScriptedRandomness(draws);
  }

  @Override
  public int between(int min, int max) {
    Ranges.check(min, max);
    ranges.add(min + ".." + max);
    if (next == script.length) {
      return min;
    }
    int draw = script[next++];
    if (draw < min || draw > max) {
      throw new AssertionError("scripted draw " + draw + " is outside " + min + ".." + max);
    }
    return draw;
  }

  /** Returns the ranges asked for so far, in order. */
  List<String> ranges() {
    return List.copyOf(ranges);
  }
}
