package io.github.twentyminute.fit;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.internal.Durations;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What {@link AgendaFitter} made of an agenda: the fitted agenda and every change with its
 * reason, or, when no fit exists, the reason why and the agenda as it was.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class FitResult {
  FitResult() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableFitResult.Builder builder() {
    return ImmutableFitResult.builder();
  }

  /**
   * Checks if the agenda now fits: total within the budget, every phase within its time box and
   * every group of phases within its limit.
   *
   * @return true if it fits
   */
  public abstract boolean fits();

  /**
   * Returns the fitted agenda, or the agenda as it was when no fit exists.
   *
   * @return the agenda
   */
  public abstract Agenda agenda();

  /**
   * Returns the changes, in agenda order; empty when the agenda already fitted or no fit exists.
   *
   * @return the changes, may be empty
   */
  public abstract List<FitChange> changes();

  /**
   * Returns how the agenda was made to fit, or why it cannot fit; for people, not for parsing.
   *
   * @return the reason, never blank
   */
  public abstract String reason();

  /**
   * Returns the planned total before fitting.
   *
   * @return the total, never negative
   */
  public abstract Duration before();

  /**
   * Returns the planned total of {@link #agenda()}.
   *
   * @return the total, never negative
   */
  public abstract Duration after();

  /**
   * Returns the budget the agenda was fitted to.
   *
   * @return the budget, positive
   */
  public abstract Duration budget();

  /**
   * Returns the ids of the dropped items, in agenda order.
   *
   * @return the ids, may be empty
   */
  public List<String> dropped() {
    return changes().stream().filter(c -> c.kind() == FitChangeKind.DROPPED)
        .map(FitChange::itemId).collect(Collectors.toUnmodifiableList());
  }

  /** Returns a short form: whether it fits, the totals and the reason. */
  @Override
  public String toString() {
    return (fits() ? "FitResult fits " : "FitResult does not fit ")
        + Durations.format(before()) + " -> " + Durations.format(after()) + " against "
        + Durations.format(budget()) + ": " + reason();
  }
}
