package io.github.twentyminute.plan;

import io.github.twentyminute.internal.Durations;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The shape of a meeting: its phases in order, each with a time box and cues, the time budget
 * promised to the counterpart, the hard ceiling never to pass, and limits on groups of phases.
 *
 * <p>The book's plan is {@link MeetingPlans#twentyMinute()}. Build your own with
 * {@link #builder()}. Construction refuses structural nonsense (a negative budget, duplicate
 * phase ids, a group limit naming an unknown phase, a cue id used twice); whether the plan can
 * work is a separate question, answered by the {@code plan.*} rules of the rules package:
 * {@code RuleSet.standard().validate(plan)}, and for an agenda on this plan,
 * {@code RuleSet.standard().validate(agenda)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeetingPlan {
  MeetingPlan() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MeetingPlan}; {@link #build()} checks the plan's structure.
   */
  public static final class Builder extends ImmutableMeetingPlan.Builder {
    Builder() {}
  }

  /**
   * Returns the plan's name, such as "The 20-minute networking meeting".
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * Returns the time promised to the counterpart.
   *
   * @return the budget, positive
   */
  public abstract Duration budget();

  /**
   * Returns the time the meeting must never pass, even when it runs late.
   *
   * @return the hard ceiling, positive
   */
  public abstract Duration hardCeiling();

  /**
   * Returns the phases in the order they happen.
   *
   * @return the phases, may be empty (which the rule {@code plan.phases} reports)
   */
  public abstract List<PhasePlan> phases();

  /**
   * Returns the limits on the combined time of groups of phases.
   *
   * @return the group limits, may be empty
   */
  public abstract List<GroupLimit> groupLimits();

  /**
   * Finds a phase by id.
   *
   * @param id the phase id, not null
   * @return the phase, or empty if the plan has none with that id
   */
  public Optional<PhasePlan> phase(PhaseId id) {
    return Optional.ofNullable(phasesById().get(id));
  }

  /**
   * Returns a phase by id, failing if the plan has none.
   *
   * @param id the phase id, not null
   * @return the phase
   * @throws IllegalArgumentException if the plan has no phase with that id
   */
  public PhasePlan requirePhase(PhaseId id) {
    PhasePlan phase = phasesById().get(id);
    if (phase == null) {
      throw new IllegalArgumentException(
          "plan \"" + name() + "\" has no phase " + id + "; its phases are " + phaseIds());
    }
    return phase;
  }

  /**
   * Returns the position of a phase in the plan.
   *
   * @param id the phase id, not null
   * @return the zero-based index, or -1 if the plan has no such phase
   */
  public int indexOf(PhaseId id) {
    Integer index = phaseIndex().get(id);
    return index == null ? -1 : index;
  }

  /**
   * Returns the phase ids in plan order.
   *
   * @return the ids
   */
  @Value.Derived
  @Value.Auxiliary
  public List<PhaseId> phaseIds() {
    return phases().stream().map(PhasePlan::id).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the sum of the phases' minimums.
   *
   * @return the total, never negative
   */
  public Duration totalMinimum() {
    Duration sum = Duration.ZERO;
    for (PhasePlan phase : phases()) {
      sum = sum.plus(phase.timeBox().min());
    }
    return sum;
  }

  /**
   * Returns the sum of the phases' targets.
   *
   * @return the total, never negative
   */
  public Duration totalTarget() {
    Duration sum = Duration.ZERO;
    for (PhasePlan phase : phases()) {
      sum = sum.plus(phase.timeBox().target());
    }
    return sum;
  }

  /**
   * Returns the sum of the phases' maximums.
   *
   * @return the total, never negative
   */
  public Duration totalMaximum() {
    Duration sum = Duration.ZERO;
    for (PhasePlan phase : phases()) {
      sum = sum.plus(phase.timeBox().max());
    }
    return sum;
  }

  @Value.Derived
  @Value.Auxiliary
  Map<PhaseId, PhasePlan> phasesById() {
    Map<PhaseId, PhasePlan> byId = new HashMap<>();
    for (PhasePlan phase : phases()) {
      byId.put(phase.id(), phase);
    }
    return byId;
  }

  @Value.Derived
  @Value.Auxiliary
  Map<PhaseId, Integer> phaseIndex() {
    Map<PhaseId, Integer> index = new HashMap<>();
    for (int i = 0; i < phases().size(); i++) {
      index.put(phases().get(i).id(), i);
    }
    return index;
  }

  @Value.Check
  final void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("plan name must not be blank");
    }
    if (budget().isNegative() || budget().isZero()) {
      throw new IllegalArgumentException(
          "plan \"" + name() + "\" budget must be positive, but was "
              + Durations.format(budget()) + " (" + budget() + ")");
    }
    if (hardCeiling().isNegative() || hardCeiling().isZero()) {
      throw new IllegalArgumentException(
          "plan \"" + name() + "\" hard ceiling must be positive, but was "
              + Durations.format(hardCeiling()) + " (" + hardCeiling() + ")");
    }
    Durations.requireInRange(budget(), "plan \"" + name() + "\" budget");
    Durations.requireInRange(hardCeiling(), "plan \"" + name() + "\" hard ceiling");
    Map<PhaseId, Integer> seen = new HashMap<>();
    Map<String, PhaseId> cueOwners = new HashMap<>();
    for (int i = 0; i < phases().size(); i++) {
      PhasePlan phase = phases().get(i);
      Integer earlier = seen.put(phase.id(), i);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "plan \"" + name() + "\" has phase id " + phase.id() + " twice (phases " + earlier
                + " and " + i + "); phase ids must be unique");
      }
      for (Cue cue : phase.cues()) {
        PhaseId owner = cueOwners.putIfAbsent(cue.id(), phase.id());
        if (owner != null && !owner.equals(phase.id())) {
          throw new IllegalArgumentException(
              "plan \"" + name() + "\" has cue id " + cue.id() + " in both " + owner + " and "
                  + phase.id() + "; cue ids must be unique in a plan");
        }
      }
    }
    for (GroupLimit limit : groupLimits()) {
      for (PhaseId id : limit.phases()) {
        if (!seen.containsKey(id)) {
          throw new IllegalArgumentException(
              "plan \"" + name() + "\" group limit " + limit + " names phase " + id
                  + ", which the plan does not have; its phases are " + phaseIds());
        }
      }
    }
  }

  /** Returns a short form such as {@code The 20-minute networking meeting (20:00, ceiling 30:00)}. */
  @Override
  public String toString() {
    return name() + " (" + Durations.format(budget()) + ", ceiling "
        + Durations.format(hardCeiling()) + ", phases " + phaseIds() + ")";
  }
}
