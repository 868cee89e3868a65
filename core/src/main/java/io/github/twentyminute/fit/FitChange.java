package io.github.twentyminute.fit;

import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * One change {@link AgendaFitter} made to an item: what it did, the item's planned time before
 * and after, the {@linkplain #finding() finding} that explains it, and the steps of the fitting
 * it was made for, such as "the discussion was planned for 17:00, over its 15:00 maximum".
 *
 * <p>The finding's id is {@code fit.dropped}, {@code fit.shortened} or
 * {@code fit.lengthened}, at the item's location ({@code items[3].planned}), with the
 * arguments {@code itemId}, {@code phase}, {@code priority}, {@code from}, {@code to} and
 * {@code amount}. Obtain changes from {@link FitResult#changes()}. Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class FitChange {
  FitChange() {}

  static ImmutableFitChange.Builder builder() {
    return ImmutableFitChange.builder();
  }

  /**
   * Returns the id of the item changed.
   *
   * @return the item id
   */
  public abstract String itemId();

  /**
   * Returns the item's phase.
   *
   * @return the phase id
   */
  public abstract PhaseId phase();

  /**
   * Returns what was done.
   *
   * @return the kind of change
   */
  public abstract Kind kind();

  /**
   * Returns the planned time before the change.
   *
   * @return the planned time, never negative
   */
  public abstract Duration before();

  /**
   * Returns the planned time after the change.
   *
   * @return the planned time, zero for a dropped item
   */
  public abstract Duration after();

  /**
   * Returns how much the planned time changed.
   *
   * @return the difference between before and after, positive
   */
  public Duration amount() {
    return after().minus(before()).abs();
  }

  /**
   * Returns the finding that explains the change; see the class documentation.
   *
   * @return the finding
   */
  public abstract Finding finding();

  /**
   * Returns the steps of the fitting the change was made for, in the order they ran, each a
   * finding of {@link FitResult#steps()}; an item changed in two steps has two.
   *
   * @return the steps, never empty
   */
  public abstract List<Finding> reasons();

  @Value.Check
  final void check() {
    Durations.requireNonNegative(before(), "fit change before");
    Durations.requireNonNegative(after(), "fit change after");
    if (reasons().isEmpty()) {
      throw new IllegalArgumentException("fit change of item " + itemId() + " needs a reason");
    }
  }

  /** Returns a short form in English, such as {@code q5 SHORTENED 2:00 -> 1:45: ...}. */
  @Override
  public String toString() {
    return itemId() + " " + kind() + " " + Durations.format(before()) + " -> "
        + Durations.format(after()) + ": " + finding().message();
  }

  /** What {@link AgendaFitter} did to an item. */
  public enum Kind {
    /** The item was removed from the agenda: finding {@code fit.dropped}. */
    DROPPED,
    /** The item's planned time was cut: finding {@code fit.shortened}. */
    SHORTENED,
    /** The item's planned time was raised: finding {@code fit.lengthened}. */
    LENGTHENED
  }
}
