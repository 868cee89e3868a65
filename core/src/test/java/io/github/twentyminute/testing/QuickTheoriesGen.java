package io.github.twentyminute.testing;

import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Adapts the library's generators to QuickTheories: each {@link Randomness#between} becomes one
 * draw from QuickTheories' randomness source, with the lower bound as the shrink point, so
 * QuickTheories can shrink a failing value by shrinking the numbers it drew.
 */
final class QuickTheoriesGen {
  private QuickTheoriesGen() {}

  /**
   * Returns a QuickTheories generator that runs a library generator.
   *
   * @param generator the library generator, such as {@code AgendaGenerator.standard()::valid}
   * @param <T> the type generated
   * @return the QuickTheories generator
   */
  static <T> Gen<T> of(Function<Randomness, T> generator) {
    return source -> generator.apply((min, max) -> {
      if (max < min) {
        throw new IllegalArgumentException(
            "range upper bound (" + max + ") is below its lower bound (" + min + ")");
      }
      return (int) source.next(Constraint.between(min, max).withShrinkPoint(min));
    });
  }
}
