package io.github.twentyminute.fit;

import io.github.twentyminute.internal.Durations;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How {@link AgendaFitter} may change an agenda.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class FitOptions {
  private static final FitOptions DEFAULTS = builder().build();

  FitOptions() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FitOptions}; {@code build()} checks the value and refuses an invalid one.
   */
  public static final class Builder extends ImmutableFitOptions.Builder {
    Builder() {}
  }

  /**
   * Returns the default options: the plan's budget, protected phases left alone, items not cut
   * below 1:00 unless nothing else fits, time left over given out.
   *
   * @return the defaults
   */
  public static FitOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the time to fit the agenda into, instead of the plan's budget, such as the 15
   * minutes the counterpart has today.
   *
   * @return the budget, or empty for the plan's
   */
  public abstract Optional<Duration> budget();

  /**
   * Checks if the fitter may change phases that keep their time (the book's ending); they are
   * then changed last.
   *
   * @return true to allow it; false unless set otherwise
   */
  @Value.Default
  public boolean adjustProtectedPhases() {
    return false;
  }

  /**
   * Returns the shortest an item is cut to; a longer cut drops the item instead. Only when
   * nothing else brings the agenda within its limits are items cut shorter.
   *
   * @return the shortest item; 1:00 unless set otherwise
   */
  @Value.Default
  public Duration shortestItem() {
    return Duration.ofMinutes(1);
  }

  /**
   * Checks if time left under the budget is given to the items, in proportion to their planned
   * time, phases that absorb overruns first, up to each phase's maximum.
   *
   * @return true to fill the budget; true unless set otherwise
   */
  @Value.Default
  public boolean fillToBudget() {
    return true;
  }

  @Value.Check
  final void check() {
    Durations.requireInRange(shortestItem(), "shortest item");
    budget().ifPresent(budget -> Durations.requireInRange(budget, "fit budget"));
    if (budget().isPresent() && (budget().get().isNegative() || budget().get().isZero())) {
      throw new IllegalArgumentException(
          "fit budget must be positive, but was " + Durations.format(budget().get()));
    }
  }
}
