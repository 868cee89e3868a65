package io.github.twentyminute.session;

import static io.github.twentyminute.internal.Durations.format;

import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
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
    nudges.add(Nudge.builder().id(Nudge.START_LATE)
        .text("the meeting is " + format(late) + " past its scheduled start")
        .putDuration("late", late).build());
  }

  private void ceiling(Duration elapsed) {
    Duration ceiling = plan.hardCeiling();
    Duration toCeiling = ceiling.minus(elapsed);
    if (toCeiling.compareTo(options.ceilingWarning()) > 0) {
      return;
    }
    if (toCeiling.compareTo(Duration.ZERO) <= 0) {
      Duration past = toCeiling.negated();
      nudges.add(Nudge.builder().id(Nudge.CEILING)
          .text("the meeting is " + format(past) + " past its " + format(ceiling)
              + " hard ceiling: end it now")
          .putDuration("ceiling", ceiling).putDuration("over", past).build());
    } else {
      nudges.add(Nudge.builder().id(Nudge.CEILING)
          .text(format(toCeiling) + " left before the " + format(ceiling)
              + " hard ceiling: close the meeting")
          .putDuration("ceiling", ceiling).putDuration("left", toCeiling).build());
    }
  }

  private void overBudget(Duration elapsed) {
    if (elapsed.compareTo(plan.budget()) > 0) {
      Duration past = elapsed.minus(plan.budget());
      nudges.add(Nudge.builder().id(Nudge.OVER_BUDGET)
          .text("the meeting is " + format(past) + " over its " + format(plan.budget())
              + " budget")
          .putDuration("budget", plan.budget()).putDuration("over", past).build());
    }
  }

  /** The current phase has used its re-planned time: move on, or to a protected phase now. */
  private void phaseUsedUp(PhaseSlot current) {
    if (!current.remaining().isZero()) {
      return;
    }
    PhaseSlot next = nextWithTime(current);
    PhasePlan phase = current.plan;
    if (next != null && replan.keepsItsTime(next.plan.id())
        && !replan.keepsItsTime(phase.id())) {
      PhaseId nextId = next.plan.id();
      String forWhat = nextId.equals(PhaseId.ENDING)
          ? "for names and how you can help" : "for it";
      nudges.add(Nudge.builder().id(Nudge.MOVE_TO_ENDING)
          .text("move to the " + nextId + " now to keep " + format(next.allotted) + " " + forWhat)
          .phase(nextId).putDuration("keep", next.allotted).build());
      return;
    }
    String then = next != null ? "move on to the " + next.plan.id() : "close the meeting";
    Duration taken = current.actual;
    String text = taken.compareTo(current.planned) >= 0
        ? "the " + phase.id() + " has taken " + format(taken) + " against "
            + format(current.planned) + " planned: " + then
        : "the " + phase.id() + " has used the " + format(taken) + " re-planned for it: " + then;
    nudges.add(Nudge.builder().id(Nudge.PHASE_OVER).text(text).phase(phase.id())
        .putDuration("taken", taken).putDuration("planned", current.planned)
        .putDuration("over", Durations.max(Duration.ZERO, taken.minus(current.planned)))
        .build());
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
    if (!left.isZero() && replan.absorbs(current.plan.id()) && itemsLeft
        && left.compareTo(options.lastQuestionWarning()) <= 0) {
      nudges.add(Nudge.builder().id(Nudge.LAST_QUESTION)
          .text(format(left) + " left for the " + current.plan.id() + ": pick your last question")
          .phase(current.plan.id()).putDuration("left", left).build());
    }
  }

  private void cuesPending(PhaseSlot current) {
    Duration left = current.remaining();
    if (left.compareTo(options.cueWarning()) > 0) {
      return;
    }
    for (Cue cue : current.plan.cues()) {
      if (cue.required() && !session.isCueDone(cue.id())) {
        String words = Character.toLowerCase(cue.text().charAt(0)) + cue.text().substring(1);
        nudges.add(Nudge.builder().id(Nudge.CUE_PENDING)
            .text(format(left) + " left in the " + current.plan.id() + ": " + words)
            .phase(current.plan.id()).cueId(cue.id()).putDuration("left", left).build());
      }
    }
  }
}
