package io.github.twentyminute.session;

import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * How {@link Pacing} re-plans a live meeting and when it nudges.
 *
 * <p>By default the plan decides which phases absorb overruns ({@link
 * PhasePlan#absorbsOverruns()}, the book's discussion) and which keep their time ({@link
 * PhasePlan#keepsItsTime()}, the book's ending), and the re-plan aims to end at the budget.
 * Override either set, or aim at the hard ceiling instead with {@link EndPolicy#CEILING}. A set
 * given here wins over the plan's flags: naming the ending as absorbing while leaving the
 * protected phases to the plan makes the ending absorb, not keep its time.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PacingOptions {
  private static final PacingOptions DEFAULTS = builder().build();

  PacingOptions() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PacingOptions}; {@code build()} checks the value and refuses an invalid one.
   */
  public static final class Builder extends ImmutablePacingOptions.Builder {
    Builder() {}
  }

  /**
   * Returns the default options.
   *
   * @return the defaults
   */
  public static PacingOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the phases that give up time first when the meeting runs late, and take up time
   * saved.
   *
   * @return the phases, or empty to use the plan's {@code absorbsOverruns} phases
   */
  public abstract Optional<Set<PhaseId>> absorbingPhases();

  /**
   * Returns the phases that keep their time however late the meeting runs.
   *
   * @return the phases, or empty to use the plan's {@code keepsItsTime} phases
   */
  public abstract Optional<Set<PhaseId>> protectedPhases();

  /**
   * Returns which end the re-plan aims at.
   *
   * @return the policy; {@link EndPolicy#BUDGET} unless set otherwise
   */
  @Value.Default
  public EndPolicy endPolicy() {
    return EndPolicy.BUDGET;
  }

  /**
   * Returns how much time left in an absorbing phase triggers the
   * {@value Nudge#LAST_QUESTION} nudge.
   *
   * @return the warning; 2:00 unless set otherwise
   */
  @Value.Default
  public Duration lastQuestionWarning() {
    return Duration.ofMinutes(2);
  }

  /**
   * Returns how much time before the hard ceiling triggers the {@value Nudge#CEILING} nudge.
   *
   * @return the warning; 2:00 unless set otherwise
   */
  @Value.Default
  public Duration ceilingWarning() {
    return Duration.ofMinutes(2);
  }

  /**
   * Returns how much time left in a phase triggers a {@value Nudge#CUE_PENDING} nudge for each
   * of its required cues not yet done.
   *
   * @return the warning; 1:00 unless set otherwise
   */
  @Value.Default
  public Duration cueWarning() {
    return Duration.ofMinutes(1);
  }

  /**
   * Returns the absorbing phases for a plan: the ones set here, or the plan's.
   *
   * @param plan the plan, not null
   * @return the phase ids
   * @throws IllegalArgumentException if the set here names a phase the plan lacks
   */
  public Set<PhaseId> absorbingPhases(MeetingPlan plan) {
    return resolve(plan, absorbingPhases(), PhasePlan::absorbsOverruns, "absorbing");
  }

  /**
   * Returns the protected phases for a plan: the ones set here, or the plan's.
   *
   * @param plan the plan, not null
   * @return the phase ids
   * @throws IllegalArgumentException if the set here names a phase the plan lacks
   */
  public Set<PhaseId> protectedPhases(MeetingPlan plan) {
    return resolve(plan, protectedPhases(), PhasePlan::keepsItsTime, "protected");
  }

  private static Set<PhaseId> resolve(
      MeetingPlan plan,
      Optional<Set<PhaseId>> set,
      java.util.function.Predicate<PhasePlan> fromPlan,
      String what) {
    if (set.isEmpty()) {
      return plan.phases().stream().filter(fromPlan).map(PhasePlan::id)
          .collect(Collectors.toUnmodifiableSet());
    }
    for (PhaseId id : set.get()) {
      if (plan.indexOf(id) < 0) {
        throw new IllegalArgumentException(
            "pacing options name " + what + " phase " + id + ", which plan \"" + plan.name()
                + "\" does not have; its phases are " + plan.phaseIds());
      }
    }
    return set.get();
  }

  @Value.Check
  final void check() {
    Durations.requireInRange(lastQuestionWarning(), "last question warning");
    Durations.requireInRange(ceilingWarning(), "ceiling warning");
    Durations.requireInRange(cueWarning(), "cue warning");
    if (absorbingPhases().isPresent() && protectedPhases().isPresent()) {
      Set<PhaseId> both = new HashSet<>(absorbingPhases().get());
      both.retainAll(protectedPhases().get());
      if (!both.isEmpty()) {
        throw new IllegalArgumentException(
            "pacing options name " + new TreeSet<>(both) + " both absorbing and protected;"
                + " a phase cannot both give up time and keep it");
      }
    }
  }
}
