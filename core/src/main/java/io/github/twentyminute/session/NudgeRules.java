package io.github.twentyminute.session;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The nudges of a live meeting at one instant, in the order of the table in {@link Nudge}: the
 * meeting's (start, ceiling, budget), then the current phase's (used up, last question, cues).
 */
final class NudgeRules {
  private final MeetingSession session;
  private final Replan replan;
  private final PacingOptions options;
  private final MeetingPlan plan;
  private final List<Nudge> nudges = new ArrayList<>();

  private NudgeRules(MeetingSession session, Replan replan, PacingOptions options) {
    this.session = session;
    this.replan = replan;
    this.options = options;
    this.plan = session.context().plan;
  }

  /**
   * Returns the nudges.
   *
   * @param elapsed the meeting time so far
   * @param lateStart how late the meeting is, before its start
   * @param current the current phase's slot, or null without one
   * @param itemsLeft whether the current phase has items not yet covered or skipped
   */
  static List<Nudge> of(MeetingSession session, Replan replan, PacingOptions options,
      Duration elapsed, Optional<Duration> lateStart, @Nullable PhaseSlot current,
      boolean itemsLeft) {
    NudgeRules rules = new NudgeRules(session, replan, options);
    if (session.status() == SessionStatus.NOT_STARTED) {
      lateStart.ifPresent(rules::startLate);
    } else if (session.status() != SessionStatus.ENDED && current != null) {
      rules.ceiling(elapsed);
      rules.overBudget(elapsed);
      rules.phaseUsedUp(current);
      rules.lastQuestion(current, itemsLeft);
      rules.cuesPending(current);
    }
    return List.copyOf(rules.nudges);
  }

  private void startLate(Duration late) {
    add(Nudge.START_LATE, Nudge.START_LATE, Severity.WARNING, null, null,
        Arguments.builder().duration("late", late));
  }

  private void ceiling(Duration elapsed) {
    Duration ceiling = plan.hardCeiling();
    Duration toCeiling = ceiling.minus(elapsed);
    if (toCeiling.compareTo(options.ceilingWarning()) > 0) {
      return;
    }
    Arguments.Builder arguments = Arguments.builder().duration("ceiling", ceiling);
    if (toCeiling.compareTo(Duration.ZERO) <= 0) {
      add(Nudge.CEILING, Nudge.CEILING + ".passed", Severity.ERROR, null, null,
          arguments.duration("over", toCeiling.negated()));
    } else {
      add(Nudge.CEILING, Nudge.CEILING, Severity.WARNING, null, null,
          arguments.duration("left", toCeiling));
    }
  }

  private void overBudget(Duration elapsed) {
    if (elapsed.compareTo(plan.budget()) > 0) {
      add(Nudge.OVER_BUDGET, Nudge.OVER_BUDGET, Severity.WARNING, null, null, Arguments.builder()
          .duration("budget", plan.budget()).duration("over", elapsed.minus(plan.budget())));
    }
  }

  /** The current phase has used its re-planned time: move on, or to a protected phase now. */
  private void phaseUsedUp(PhaseSlot current) {
    if (!current.remaining().isZero()) {
      return;
    }
    PhaseSlot next = nextWithTime(current);
    PhaseId phase = current.plan.id();
    if (next != null && replan.keepsItsTime(next.plan.id()) && !replan.keepsItsTime(phase)) {
      PhaseId nextId = next.plan.id();
      add(Nudge.MOVE_TO_PROTECTED_PHASE, Nudge.MOVE_TO_PROTECTED_PHASE
          + (nextId.equals(PhaseId.ENDING) ? ".ending" : ""), Severity.WARNING, nextId, null,
          Arguments.builder().text("phase", nextId.value()).duration("keep", next.allotted));
      return;
    }
    Duration taken = current.actual;
    Arguments.Builder arguments = Arguments.builder().text("phase", phase.value())
        .duration("taken", taken).duration("planned", current.planned)
        .duration("over", Durations.max(Duration.ZERO, taken.minus(current.planned)));
    if (next != null) {
      arguments.text("next", next.plan.id().value());
    }
    String key = Nudge.PHASE_OVER + (taken.compareTo(current.planned) >= 0 ? "" : ".replanned")
        + (next != null ? "" : ".close");
    add(Nudge.PHASE_OVER, key, Severity.WARNING, phase, null, arguments);
  }

  /** The next phase with time left in the re-plan, or a protected one; null if none. */
  private @Nullable PhaseSlot nextWithTime(PhaseSlot current) {
    for (PhaseSlot slot : replan.slots().subList(current.index + 1, replan.slots().size())) {
      if (replan.keepsItsTime(slot.plan.id()) || slot.allotted.compareTo(Duration.ZERO) > 0) {
        return slot;
      }
    }
    return null;
  }

  private void lastQuestion(PhaseSlot current, boolean itemsLeft) {
    Duration left = current.remaining();
    PhaseId phase = current.plan.id();
    if (!left.isZero() && replan.absorbs(phase) && itemsLeft
        && left.compareTo(options.lastQuestionWarning()) <= 0) {
      add(Nudge.LAST_QUESTION, Nudge.LAST_QUESTION, Severity.INFO, phase, null,
          Arguments.builder().text("phase", phase.value()).duration("left", left));
    }
  }

  private void cuesPending(PhaseSlot current) {
    Duration left = current.remaining();
    if (left.compareTo(options.cueWarning()) > 0) {
      return;
    }
    PhaseId phase = current.plan.id();
    for (Cue cue : current.plan.cues()) {
      if (cue.required() && !session.isCueDone(cue.id())) {
        add(Nudge.CUE_PENDING, Nudge.CUE_PENDING, Severity.INFO, phase, cue.id(),
            Arguments.builder().text("phase", phase.value()).duration("left", left)
                .text("cueId", cue.id()).text("cue", cue.text()));
      }
    }
  }

  private void add(String id, String key, Severity severity, @Nullable PhaseId phase,
      @Nullable String cueId, Arguments.Builder arguments) {
    nudges.add(nudge(id, key, severity, phase, cueId, arguments.build()));
  }

  /** Returns a nudge: its finding at the root of the session, and the phase and cue it is about. */
  static Nudge nudge(String id, String key, Severity severity, @Nullable PhaseId phase,
      @Nullable String cueId, Arguments arguments) {
    return Nudge.builder()
        .finding(Finding.of(id, Location.root(), key, arguments).withSeverity(severity))
        .phase(Optional.ofNullable(phase)).cueId(Optional.ofNullable(cueId)).build();
  }
}
