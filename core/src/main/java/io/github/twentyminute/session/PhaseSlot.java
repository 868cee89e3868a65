package io.github.twentyminute.session;

import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.PhasePlan;
import java.time.Duration;

/**
 * One phase of a live meeting in the re-plan: where it stands, its planned and actual time, and
 * the time it is now allotted. Done and skipped phases are closed: they are allotted what they
 * took. The current phase is allotted at least what it has taken.
 */
final class PhaseSlot {
  final int index;
  final PhasePlan plan;
  final PhasePace.State state;
  final Duration planned;
  final Duration actual;
  /** The least the re-plan may allot: what the phase has already taken. */
  final Duration floor;
  Duration allotted;
  /** How far the re-plan moved the allotment: positive lengthened, negative shortened. */
  Duration change = Duration.ZERO;

  PhaseSlot(int index, PhasePlan plan, PhasePace.State state, Duration planned, Duration actual) {
    this.index = index;
    this.plan = plan;
    this.state = state;
    this.planned = planned;
    this.actual = actual;
    boolean begun = state != PhasePace.State.UPCOMING;
    this.floor = begun ? actual : Duration.ZERO;
    this.allotted = state == PhasePace.State.CURRENT ? Durations.max(actual, planned)
        : state == PhasePace.State.UPCOMING ? planned : actual;
  }

  /** Checks if the re-plan may change the phase: it is current or upcoming. */
  boolean open() {
    return state == PhasePace.State.CURRENT || state == PhasePace.State.UPCOMING;
  }

  /** Returns what the phase can give up, keeping its time box minimum or only its floor. */
  Duration spare(boolean keepMinimum) {
    Duration lowest = keepMinimum ? Durations.max(floor, plan.timeBox().min()) : floor;
    return Durations.max(Duration.ZERO, allotted.minus(lowest));
  }

  /** Returns how much more the phase can take, up to its time box maximum. */
  Duration room() {
    return Durations.max(Duration.ZERO, plan.timeBox().max().minus(allotted));
  }

  void give(Duration amount) {
    allotted = allotted.plus(amount);
    change = change.plus(amount);
  }

  void take(Duration amount) {
    allotted = allotted.minus(amount);
    change = change.minus(amount);
  }

  /** Returns the time left for the phase by the re-plan. */
  Duration remaining() {
    return allotted.minus(actual);
  }

  @Override
  public String toString() {
    return plan.id() + " " + state + " " + allotted;
  }
}
