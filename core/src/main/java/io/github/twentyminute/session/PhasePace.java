package io.github.twentyminute.session;

import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One phase of a live meeting as {@link Pacing} sees it: planned, taken so far, and the time
 * re-planned for it.
 *
 * <p>A phase's planned time is the sum of its agenda items, or its time box target when the
 * agenda has no items in it. For a done or skipped phase the allotted time is what it took; for
 * the current and upcoming phases it is the re-planned time, which the overruns so far may have
 * shortened or time saved may have lengthened.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PhasePace {
  PhasePace() {}

  static ImmutablePhasePace.Builder builder() {
    return ImmutablePhasePace.builder();
  }

  /**
   * Returns the phase.
   *
   * @return the phase id
   */
  public abstract PhaseId phase();

  /**
   * Returns where the phase stands.
   *
   * @return the state
   */
  public abstract State state();

  /**
   * Returns the planned time.
   *
   * @return the planned time, never negative
   */
  public abstract Duration planned();

  /**
   * Returns the time taken so far, paused time excluded.
   *
   * @return the actual time, zero for upcoming and skipped phases
   */
  public abstract Duration actual();

  /**
   * Returns the time the phase took (done, skipped) or is now given in all (current, upcoming).
   *
   * @return the allotted time, never negative; at least {@link #actual()}
   */
  public abstract Duration allotted();

  /**
   * Returns when the phase starts, counted in meeting time (paused time excluded) from the
   * meeting's start: actual for phases that began, projected for the others.
   *
   * @return the offset, never negative
   */
  public abstract Duration offset();

  /**
   * Returns why the re-plan changed the phase's time, such as "shortened by 1:10 to end within
   * the 20:00 budget": a finding of id {@code pacing.shortened} or
   * {@code pacing.lengthened} with the phase and the {@code amount}.
   *
   * @return the finding, or empty if the re-plan left the phase as planned
   */
  public abstract Optional<Finding> change();

  /**
   * Returns the time left for the phase.
   *
   * @return {@code allotted - actual}, zero for done and skipped phases; never negative
   */
  public Duration remaining() {
    return Durations.max(Duration.ZERO, allotted().minus(actual()));
  }

  @Value.Check
  final void check() {
    if (planned().isNegative() || actual().isNegative() || offset().isNegative()) {
      Durations.requireNonNegative(planned(), "phase " + phase() + " planned");
      Durations.requireNonNegative(actual(), "phase " + phase() + " actual");
      Durations.requireNonNegative(offset(), "phase " + phase() + " offset");
    }
    if (allotted().compareTo(actual()) < 0) {
      throw new IllegalArgumentException(
          "phase " + phase() + " allotted (" + Durations.format(allotted())
              + ") is below its actual time (" + Durations.format(actual()) + ")");
    }
  }

  /** Returns a short form such as {@code discussion CURRENT 3:10/14:00 (planned 14:00)}. */
  @Override
  public String toString() {
    return phase() + " " + state() + " " + Durations.format(actual()) + "/"
        + Durations.format(allotted()) + " (planned " + Durations.format(planned()) + ")";
  }

  /** Where a phase stands in a live meeting, as seen by {@link Pacing}. */
  public enum State {
    /** The phase began and a later phase followed, or the meeting ended. */
    DONE,
    /** The meeting is in this phase now. */
    CURRENT,
    /** The phase is still to come. */
    UPCOMING,
    /** The meeting went past the phase without entering it. */
    SKIPPED
  }
}
