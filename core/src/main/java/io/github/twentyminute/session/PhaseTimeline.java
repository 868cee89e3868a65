package io.github.twentyminute.session;

import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.TimeBox;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One phase of an ended meeting: planned against actual time, and its time box.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PhaseTimeline {
  PhaseTimeline() {}

  static ImmutablePhaseTimeline.Builder builder() {
    return ImmutablePhaseTimeline.builder();
  }

  /**
   * Returns the phase.
   *
   * @return the phase id
   */
  public abstract PhaseId phase();

  /**
   * Returns the phase's time box in the plan.
   *
   * @return the time box
   */
  public abstract TimeBox timeBox();

  /**
   * Returns the planned time: the agenda's items in the phase, or the time box target if it has
   * none.
   *
   * @return the planned time, never negative
   */
  public abstract Duration planned();

  /**
   * Returns the time the phase took, paused time excluded.
   *
   * @return the actual time, zero for a skipped phase
   */
  public abstract Duration actual();

  /**
   * Returns when the phase began, after clock corrections.
   *
   * @return the instant, or empty if the meeting never entered the phase
   */
  public abstract Optional<Instant> entered();

  /**
   * Checks if the meeting never entered the phase.
   *
   * @return true if skipped
   */
  public boolean skipped() {
    return entered().isEmpty();
  }

  /**
   * Returns how far the phase ran past its planned time.
   *
   * @return {@code actual - planned}, or zero; never negative
   */
  public Duration overrun() {
    return Durations.max(Duration.ZERO, actual().minus(planned()));
  }

  /**
   * Returns how far the phase ran past its time box maximum.
   *
   * @return the overrun of the maximum, never negative
   */
  public Duration overMaximum() {
    return timeBox().overrun(actual());
  }

  /**
   * Checks if the actual time lies within the time box.
   *
   * @return true if {@code min <= actual <= max}
   */
  public boolean withinTimeBox() {
    return timeBox().contains(actual());
  }

  /** Returns a short form such as {@code overview 3:10 against 2:00 (1:00/2:00/3:00)}. */
  @Override
  public String toString() {
    return phase() + (skipped() ? " skipped" : " " + Durations.format(actual())) + " against "
        + Durations.format(planned()) + " (" + timeBox() + ")";
  }
}
