package io.github.twentyminute.session;

import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.internal.TimeAllocation;
import io.github.twentyminute.internal.TimeAllocation.Role;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The re-planned rest of a live meeting at one instant: every phase's slot, and how far the
 * projected total still passes the end aimed at.
 *
 * <p>The re-plan starts from the planned time of every phase still to come (the current phase
 * keeps at least what it has taken) and compares the total with the end aimed at. An overrun is
 * taken back by the {@link TimeAllocation} policy, tier by tier (phases that absorb overruns,
 * then the others; never a protected phase), each tier from its last phase backwards, first down
 * to the time box minimums and then below them, never below what a phase has taken. What is
 * left is {@link #unabsorbed()}. When the meeting aims at its budget and time is left over, the
 * same tiers take it up in plan order, each phase up to its maximum.
 */
final class Replan {
  private final MeetingPlan plan;
  private final Set<PhaseId> absorbing;
  private final Set<PhaseId> protect;
  private final List<PhaseSlot> slots;
  private final boolean toBudget;
  private Duration unabsorbed = Duration.ZERO;

  private Replan(MeetingPlan plan, Set<PhaseId> absorbing, Set<PhaseId> protect,
      List<PhaseSlot> slots, boolean toBudget) {
    this.plan = plan;
    this.absorbing = absorbing;
    this.protect = protect;
    this.slots = slots;
    this.toBudget = toBudget;
  }

  /** Re-plans a session at an instant. */
  static Replan of(MeetingSession session, Instant now, PacingOptions options) {
    SessionContext context = session.context();
    MeetingPlan plan = context.plan;
    Set<PhaseId> absorbing = new HashSet<>(options.absorbingPhases(plan));
    Set<PhaseId> protect = new HashSet<>(options.protectedPhases(plan));
    if (options.absorbingPhases().isPresent() && options.protectedPhases().isEmpty()) {
      protect.removeAll(absorbing);
    } else {
      absorbing.removeAll(protect);
    }
    Replan replan = new Replan(plan, absorbing, protect, slots(session, now),
        options.endPolicy() == EndPolicy.BUDGET);
    if (session.status() != SessionStatus.ENDED) {
      replan.allocate();
    } else {
      replan.unabsorbed = Durations.max(Duration.ZERO, replan.over());
    }
    return replan;
  }

  private static List<PhaseSlot> slots(MeetingSession session, Instant now) {
    SessionContext context = session.context();
    SessionTimes times = session.times();
    SessionStatus status = session.status();
    Instant clockEnd = times.started() ? times.endOr(now) : now;
    List<PhaseSlot> slots = new ArrayList<>(context.plan.phases().size());
    for (int i = 0; i < context.plan.phases().size(); i++) {
      PhasePace.State state = PhasePace.State.UPCOMING;
      Duration actual = Duration.ZERO;
      if (times.started()) {
        actual = times.phaseActual(i, clockEnd);
        if (status == SessionStatus.ENDED || i < session.phaseIndex()) {
          state = times.phaseEntry(i) != null ? PhasePace.State.DONE : PhasePace.State.SKIPPED;
        } else if (i == session.phaseIndex()) {
          state = PhasePace.State.CURRENT;
        }
      }
      slots.add(new PhaseSlot(i, context.phase(i), state, context.planned[i], actual));
    }
    return Collections.unmodifiableList(slots);
  }

  private void allocate() {
    TimeAllocation allocation = TimeAllocation.of(plan.phases().stream().map(this::role)
        .collect(java.util.stream.Collectors.toList()), false);
    Duration over = over();
    if (over.compareTo(Duration.ZERO) > 0) {
      for (boolean keepMinimum : new boolean[] {true, false}) {
        for (List<Integer> tier : allocation.tiers()) {
          over = takeBack(tier, over, keepMinimum);
        }
      }
      unabsorbed = over;
    } else if (over.isNegative() && toBudget) {
      allocation.giveOut(over.negated(), new TimeAllocation.Taker() {
        @Override
        public Duration room(int phase) {
          PhaseSlot slot = slots.get(phase);
          return slot.open() ? slot.room() : Duration.ZERO;
        }

        @Override
        public Duration take(int phase, Duration amount) {
          slots.get(phase).give(amount);
          return amount;
        }
      });
    }
  }

  private Role role(PhasePlan phase) {
    return protect.contains(phase.id()) ? Role.KEEPS_ITS_TIME
        : absorbing.contains(phase.id()) ? Role.ABSORBS_OVERRUNS : Role.OTHER;
  }

  /** Takes time back from the open phases of a tier, last phase first; returns what is left. */
  private Duration takeBack(List<Integer> tier, Duration over, boolean keepMinimum) {
    Duration left = over;
    for (int k = tier.size() - 1; k >= 0 && left.compareTo(Duration.ZERO) > 0; k--) {
      PhaseSlot slot = slots.get(tier.get(k));
      Duration spare = slot.open() ? slot.spare(keepMinimum) : Duration.ZERO;
      if (spare.compareTo(Duration.ZERO) > 0) {
        Duration take = Durations.min(spare, left);
        slot.take(take);
        left = left.minus(take);
      }
    }
    return left;
  }

  /** How far the allotted total passes the end aimed at; negative when time is left. */
  private Duration over() {
    return projectedTotal().minus(target());
  }

  /** Says why the re-plan changed a phase's time, if it did. */
  Optional<Finding> change(PhaseSlot slot) {
    if (slot.change.isZero()) {
      return Optional.empty();
    }
    if (slot.change.compareTo(Duration.ZERO) > 0) {
      return Optional.of(SessionFindings.lengthened(slot.plan.id(), slot.change, plan.budget()));
    }
    Duration kept = Duration.ZERO;
    List<PhaseId> keptPhases = new ArrayList<>();
    for (PhaseSlot later : slots.subList(slot.index + 1, slots.size())) {
      if (later.open() && protect.contains(later.plan.id())) {
        kept = kept.plus(later.allotted);
        keptPhases.add(later.plan.id());
      }
    }
    return Optional.of(SessionFindings.shortened(slot.plan.id(), slot.change.negated(), target(),
        !toBudget, slot.allotted, slot.plan.timeBox().min(), kept, keptPhases));
  }

  List<PhaseSlot> slots() {
    return slots;
  }

  PhaseSlot slot(int index) {
    return slots.get(index);
  }

  boolean absorbs(PhaseId phase) {
    return absorbing.contains(phase);
  }

  boolean keepsItsTime(PhaseId phase) {
    return protect.contains(phase);
  }

  /** Checks if the re-plan aims at the budget, not the hard ceiling. */
  boolean toBudget() {
    return toBudget;
  }

  /** Returns the end the re-plan aims at: the budget or the hard ceiling. */
  Duration target() {
    return toBudget ? plan.budget() : plan.hardCeiling();
  }

  Duration projectedTotal() {
    Duration total = Duration.ZERO;
    for (PhaseSlot slot : slots) {
      total = total.plus(slot.allotted);
    }
    return total;
  }

  Duration unabsorbed() {
    return unabsorbed;
  }
}
