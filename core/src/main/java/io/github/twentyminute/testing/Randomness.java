package io.github.twentyminute.testing;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The one source of every random choice the generators make: a whole number in a range.
 *
 * <p>Everything else (booleans, picks from a list, durations) is derived from {@link
 * #between(int, int)} by the default methods, so any property-testing tool can drive the
 * generators by implementing that one method, and shrink them by shrinking the numbers it
 * returns toward the lower bound. The generators are built so that smaller numbers give simpler
 * values: fewer items, shorter texts, earlier choices in each list.
 *
 * <p>Without a property-testing tool, use {@link #seeded(long)} or adapt any {@link
 * RandomGenerator} with {@link #of(RandomGenerator)}.
 */
@FunctionalInterface
public interface Randomness {

  /**
   * Returns a whole number between two bounds, both included.
   *
   * <p>Implementations must return a value in range for every {@code min <= max}, and must
   * return {@code min} when {@code min == max}.
   *
   * @param min the lower bound
   * @param max the upper bound, at least {@code min}
   * @return a number from {@code min} to {@code max}
   * @throws IllegalArgumentException if {@code max < min}
   */
  int between(int min, int max);

  /**
   * Returns true or false, false being the simpler choice.
   *
   * @return the choice
   */
  default boolean nextBoolean() {
    return between(0, 1) == 1;
  }

  /**
   * Returns true with the given chance, false being the simpler choice.
   *
   * @param percent the chance of true, from 0 to 100
   * @return the choice
   * @throws IllegalArgumentException if the percentage is outside 0 to 100
   */
  default boolean chance(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException(
          "chance must be a percentage from 0 to 100, but was " + percent);
    }
    return between(1, 100) > 100 - percent;
  }

  /**
   * Returns one element of a list; the first element is the simplest choice.
   *
   * @param <T> the element type
   * @param options the list, not null, not empty
   * @return an element
   * @throws IllegalArgumentException if the list is empty
   */
  default <T> T oneOf(List<T> options) {
    Objects.requireNonNull(options, "options");
    if (options.isEmpty()) {
      throw new IllegalArgumentException("cannot choose one of an empty list");
    }
    return options.get(between(0, options.size() - 1));
  }

  /**
   * Obtains a randomness that draws from a {@link RandomGenerator}, such as a seeded
   * {@link SplittableRandom}. The result is as thread-safe as the generator.
   *
   * @param generator the generator, not null
   * @return the randomness
   */
  static Randomness of(RandomGenerator generator) {
    Objects.requireNonNull(generator, "generator");
    return (min, max) -> {
      Ranges.check(min, max);
      return min == max ? min : (int) generator.nextLong(min, (long) max + 1);
    };
  }

  /**
   * Obtains a randomness with a fixed seed: the same seed always gives the same numbers, on
   * every platform. Not thread-safe: use one per thread.
   *
   * @param seed the seed
   * @return the randomness
   */
  static Randomness seeded(long seed) {
    return of(new SplittableRandom(seed));
  }

  /**
   * Obtains a randomness that always returns the lower bound: every generator then makes its
   * simplest choice. Useful to see the smallest value a generator can give.
   *
   * @return the randomness; stateless and thread-safe
   */
  static Randomness simplest() {
    return (min, max) -> {
      Ranges.check(min, max);
      return min;
    };
  }
}
