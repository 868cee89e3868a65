package io.github.twentyminute.testing;

/** Checks the bounds given to {@link Randomness#between(int, int)}. */
final class Ranges {
  private Ranges() {}

  static void check(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException(
          "range upper bound (" + max + ") is below its lower bound (" + min + ")");
    }
  }
}
