package io.github.twentyminute.fit;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.internal.Durations;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What {@link AgendaFitter} made of an agenda: the fitted agenda and every change, or, when no
 * fit exists, the agenda as it was and what stands in the way.
 *
 * <p>Every fact is typed: the totals and the budget are durations, the {@linkplain #changes()
 * changes} carry their item ids and times, and the {@linkplain #finding() summary}, the
 * {@linkplain #steps() steps} and the {@linkplain #obstacles() obstacles} are findings (see
 * the package documentation for their ids and arguments) that render in any shipped locale. When no fit
 * exists, {@link #minimums()} says how far each phase can go down and why, and {@link #least()}
 * what they add up to.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class FitResult {
  FitResult() {}

  static ImmutableFitResult.Builder builder() {
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
   * Returns the summary: {@code fit.fits-as-is}, {@code fit.fitted} or
   * {@code fit.no-fit}.
   *
   * @return the finding
   */
  public abstract Finding finding();

  /**
   * Returns the limits the fitter worked to, in the order it worked on them: a phase over its
   * maximum or under its minimum, a group over its limit, the agenda over or under its budget.
   *
   * @return the steps, may be empty
   */
  public abstract List<Finding> steps();

  /**
   * Returns what keeps the agenda from fitting, most fundamental last (the budget), as error
   * findings; empty when it fits.
   *
   * @return the obstacles, may be empty
   */
  public abstract List<Finding> obstacles();

  /**
   * Returns the least time each phase of the plan can be fitted to, in plan order.
   *
   * @return one minimum per phase
   */
  public abstract List<PhaseMinimum> minimums();

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
   * Returns the sum of the {@linkplain #minimums() phase minimums}: no agenda of these items
   * fits a budget below it.
   *
   * @return the least total, never negative
   */
  public Duration least() {
    return minimums().stream().map(PhaseMinimum::least).reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * Returns the ids of the dropped items, in agenda order.
   *
   * @return the ids, may be empty
   */
  public List<String> dropped() {
    return changes().stream().filter(c -> c.kind() == FitChange.Kind.DROPPED)
        .map(FitChange::itemId).collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  final void check() {
    if (fits() != obstacles().isEmpty()) {
      throw new IllegalArgumentException("a fit result that " + (fits() ? "fits" : "does not fit")
          + " must have " + (fits() ? "no obstacles" : "an obstacle") + ", but has "
          + obstacles().size());
    }
  }

  /** Returns a short form in English: whether it fits, the totals and the summary. */
  @Override
  public String toString() {
    return (fits() ? "FitResult fits " : "FitResult does not fit ")
        + Durations.format(before()) + " -> " + Durations.format(after()) + " against "
        + Durations.format(budget()) + ": " + finding().message();
  }
}
