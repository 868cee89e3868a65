package io.github.twentyminute.fit;

import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * One change {@link AgendaFitter} made to an item, with its reason, such as "dropped: priority
 * 3, the lowest left in the discussion, to bring the agenda from 21:30 down to its 20:00
 * budget".
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class FitChange {
  FitChange() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableFitChange.Builder builder() {
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
  public abstract FitChangeKind kind();

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
   * Returns why, in words for people; not for parsing.
   *
   * @return the reason, never blank
   */
  public abstract String reason();

  @Value.Check
  final void check() {
    Durations.requireNonNegative(before(), "fit change before");
    Durations.requireNonNegative(after(), "fit change after");
    if (reason().isBlank()) {
      throw new IllegalArgumentException("fit change of item " + itemId() + " needs a reason");
    }
  }

  /** Returns a short form such as {@code q5 SHORTENED 2:00 -> 1:45: ...}. */
  @Override
  public String toString() {
    return itemId() + " " + kind() + " " + Durations.format(before()) + " -> "
        + Durations.format(after()) + ": " + reason();
  }
}
