package io.github.twentyminute.session;

import static io.github.twentyminute.internal.Durations.format;

import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.plan.TimeBox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Computes {@link Pacing}: a pure function of a session (agenda and events), an instant and the
 * options.
 *
 * <p>The re-plan starts from the planned time of every phase still to come (the current phase
 * keeps at least what it has taken) and compares the total with the end aimed at. An overrun is
 * taken back in four rounds, each from the last phase backwards, never from a protected phase
 * and never below what the current phase has already taken: absorbing phases down to their
 * minimums, then the other phases down to their minimums, then absorbing phases below their
 * minimums, then the other phases. What is left is {@link Pacing#unabsorbed()}. When the meeting
 * aims at its budget and time is left over, absorbing phases take it, in plan order, up to their
 * maximums.
 */
final class Pacer {
  private Pacer() {}

  static Pacing pace(MeetingSession session, Instant now, PacingOptions options) {
    SessionContext cx = session.context();
    SessionTimes facts = session.times();
    MeetingPlan plan = cx.plan;
    Instant last = facts.last();
    if (last != null && now.isBefore(last)) {
      throw new IllegalArgumentException(
          "pacing instant " + now + " is before the session's latest event at " + last
              + "; pace at that instant or later");
    }
    Set<PhaseId> absorbing = new HashSet<>(options.absorbingPhases(plan));
    Set<PhaseId> protect = new HashSet<>(options.protectedPhases(plan));
    if (options.absorbingPhases().isPresent() && options.protectedPhases().isEmpty()) {
      protect.removeAll(absorbing);
    } else {
      absorbing.removeAll(protect);
    }
    int n = plan.phases().size();
    SessionStatus status = session.status();
    Duration[] planned = cx.planned;
    Duration[] actual = new Duration[n];
    PhaseState[] state = new PhaseState[n];
    Duration elapsed = Duration.ZERO;
    Duration paused = Duration.ZERO;
    int current = -1;
    for (int i = 0; i < n; i++) {
      actual[i] = Duration.ZERO;
      state[i] = PhaseState.UPCOMING;
    }
    if (facts.started()) {
      Instant clockEnd = status == SessionStatus.ENDED ? facts.end() : now;
      elapsed = facts.active(facts.start(), clockEnd);
      paused = Duration.between(facts.start(), clockEnd).minus(elapsed);
      int phaseIndex = session.phaseIndex();
      for (int i = 0; i < n; i++) {
        Instant entry = facts.phaseEntry(i);
        actual[i] = facts.phaseActual(i, clockEnd);
        if (status == SessionStatus.ENDED || i < phaseIndex) {
          state[i] = entry != null ? PhaseState.DONE : PhaseState.SKIPPED;
        } else if (i == phaseIndex) {
          state[i] = PhaseState.CURRENT;
        }
      }
      current = status == SessionStatus.ENDED ? -1 : phaseIndex;
    }

    // The re-plan.
    Duration[] allot = new Duration[n];
    Duration[] floor = new Duration[n];
    boolean[] open = new boolean[n];
    Duration[] delta = new Duration[n];
    Duration total = Duration.ZERO;
    for (int i = 0; i < n; i++) {
      delta[i] = Duration.ZERO;
      switch (state[i]) {
        case CURRENT:
          allot[i] = Durations.max(actual[i], planned[i]);
          floor[i] = actual[i];
          open[i] = true;
          break;
        case UPCOMING:
          allot[i] = planned[i];
          floor[i] = Duration.ZERO;
          open[i] = true;
          break;
        default:
          allot[i] = actual[i];
          floor[i] = actual[i];
          open[i] = false;
      }
      total = total.plus(allot[i]);
    }
    boolean toBudget = options.endPolicy() == EndPolicy.BUDGET;
    Duration target = toBudget ? plan.budget() : plan.hardCeiling();
    Duration over = total.minus(target);
    Duration unabsorbed = Durations.max(Duration.ZERO, over);
    if (status != SessionStatus.ENDED) {
      IntPredicate absorbs = i -> absorbing.contains(plan.phases().get(i).id());
      IntPredicate others = i -> !absorbing.contains(plan.phases().get(i).id())
          && !protect.contains(plan.phases().get(i).id());
      if (over.compareTo(Duration.ZERO) > 0) {
        over = shrink(plan, allot, floor, open, delta, over, absorbs, true);
        over = shrink(plan, allot, floor, open, delta, over, others, true);
        over = shrink(plan, allot, floor, open, delta, over, absorbs, false);
        over = shrink(plan, allot, floor, open, delta, over, others, false);
        unabsorbed = over;
      } else if (over.isNegative() && toBudget) {
        Duration left = over.negated();
        for (int i = 0; i < n && !left.isZero(); i++) {
          if (open[i] && absorbs.test(i)) {
            Duration room = plan.phases().get(i).timeBox().max().minus(allot[i]);
            if (room.compareTo(Duration.ZERO) > 0) {
              Duration give = Durations.min(room, left);
              allot[i] = allot[i].plus(give);
              delta[i] = delta[i].plus(give);
              left = left.minus(give);
            }
          }
        }
      }
    }

    String endName = toBudget
        ? "the " + format(plan.budget()) + " budget"
        : "the " + format(plan.hardCeiling()) + " hard ceiling";
    List<PhasePace> phases = new ArrayList<>(n);
    Duration offset = Duration.ZERO;
    Duration projectedTotal = Duration.ZERO;
    for (int i = 0; i < n; i++) {
      PhasePlan phase = plan.phases().get(i);
      phases.add(PhasePace.builder()
          .phase(phase.id())
          .state(state[i])
          .planned(planned[i])
          .actual(actual[i])
          .allotted(allot[i])
          .offset(offset)
          .change(change(plan, i, allot, delta, open, protect, endName))
          .build());
      offset = offset.plus(allot[i]);
      projectedTotal = projectedTotal.plus(allot[i]);
    }

    Duration drift = Duration.ZERO;
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = "the " + plan.phases().get(i).id();
      Duration part;
      String text;
      switch (state[i]) {
        case DONE:
          part = actual[i].minus(planned[i]);
          text = name + " took " + format(actual[i]) + " against " + format(planned[i]);
          break;
        case SKIPPED:
          part = planned[i].negated();
          text = name + " was skipped (" + format(planned[i]) + " planned)";
          break;
        case CURRENT:
          part = Durations.max(Duration.ZERO, actual[i].minus(planned[i]));
          text = name + " has taken " + format(actual[i]) + " against " + format(planned[i]);
          break;
        default:
          continue;
      }
      if (!part.isZero()) {
        drift = drift.plus(part);
        parts.add(new Part(i, part, text));
      }
    }
    parts.sort(Comparator.comparing((Part p) -> p.amount.abs()).reversed()
        .thenComparingInt(p -> p.phase));
    String reason = (drift.isNegative() ? "ahead " + format(drift.negated())
        : drift.isZero() ? "on plan" : "behind " + format(drift))
        + (parts.isEmpty() ? "" : ": " + parts.stream().map(p -> p.text)
            .collect(Collectors.joining("; ")));

    Optional<AgendaItem> currentItem = Optional.empty();
    if (current >= 0) {
      for (int index : cx.itemsByPhase.get(current)) {
        AgendaItem item = cx.agenda.items().get(index);
        if (!session.isItemDone(item.id())) {
          currentItem = Optional.of(item);
          break;
        }
      }
    }
    Duration phaseElapsed = current >= 0 ? actual[current] : Duration.ZERO;
    Duration phaseRemaining = current >= 0 ? allot[current].minus(actual[current]) : Duration.ZERO;

    Optional<Duration> lateStart = Optional.empty();
    Optional<Instant> scheduled = cx.agenda.scheduledStart();
    if (scheduled.isPresent()) {
      Instant startOrNow = facts.started() ? facts.start() : now;
      if (startOrNow.isAfter(scheduled.get())) {
        lateStart = Optional.of(Duration.between(scheduled.get(), startOrNow));
      }
    }
    Optional<Instant> projectedEnd;
    if (status == SessionStatus.ENDED) {
      projectedEnd = Optional.of(facts.end());
    } else if (facts.started()) {
      projectedEnd = Optional.of(now.plus(Durations.max(Duration.ZERO,
          projectedTotal.minus(elapsed))));
    } else {
      Duration whole = projectedTotal;
      projectedEnd = scheduled.map(s -> (s.isAfter(now) ? s : now).plus(whole));
    }

    List<Nudge> nudges = new ArrayList<>();
    if (status == SessionStatus.NOT_STARTED) {
      lateStart.ifPresent(late -> nudges.add(Nudge.builder().id(Nudge.START_LATE)
          .text("the meeting is " + format(late) + " past its scheduled start")
          .putDuration("late", late).build()));
    } else if (status != SessionStatus.ENDED) {
      addMeetingNudges(plan, elapsed, options, nudges);
      addPhaseNudges(session, cx, current, phaseElapsed, phaseRemaining, planned, allot,
          absorbing, protect, currentItem.isPresent(), options, nudges);
    }

    return Pacing.builder()
        .at(now)
        .status(status)
        .currentPhase(current >= 0 ? Optional.of(plan.phases().get(current).id())
            : Optional.empty())
        .currentItem(currentItem)
        .meetingElapsed(elapsed)
        .meetingRemaining(Durations.max(Duration.ZERO, plan.budget().minus(elapsed)))
        .ceilingRemaining(Durations.max(Duration.ZERO, plan.hardCeiling().minus(elapsed)))
        .phaseElapsed(phaseElapsed)
        .phaseRemaining(phaseRemaining)
        .paused(paused)
        .lateStart(lateStart)
        .drift(drift)
        .reason(reason)
        .phases(phases)
        .projectedTotal(projectedTotal)
        .unabsorbed(unabsorbed)
        .projectedEnd(projectedEnd)
        .nudges(nudges)
        .build();
  }

  /** Takes time back from the phases that pass the test, last phase first. */
  private static Duration shrink(
      MeetingPlan plan,
      Duration[] allot,
      Duration[] floor,
      boolean[] open,
      Duration[] delta,
      Duration over,
      IntPredicate which,
      boolean keepMinimum) {
    Duration left = over;
    for (int i = allot.length - 1; i >= 0 && left.compareTo(Duration.ZERO) > 0; i--) {
      if (!open[i] || !which.test(i)) {
        continue;
      }
      Duration lowest = keepMinimum
          ? Durations.max(floor[i], plan.phases().get(i).timeBox().min())
          : floor[i];
      Duration room = allot[i].minus(lowest);
      if (room.compareTo(Duration.ZERO) > 0) {
        Duration take = Durations.min(room, left);
        allot[i] = allot[i].minus(take);
        delta[i] = delta[i].minus(take);
        left = left.minus(take);
      }
    }
    return left;
  }

  private static Optional<String> change(
      MeetingPlan plan,
      int i,
      Duration[] allot,
      Duration[] delta,
      boolean[] open,
      Set<PhaseId> protect,
      String endName) {
    if (delta[i].isZero()) {
      return Optional.empty();
    }
    TimeBox box = plan.phases().get(i).timeBox();
    if (delta[i].compareTo(Duration.ZERO) > 0) {
      return Optional.of("lengthened by " + format(delta[i]) + " to use " + endName);
    }
    StringBuilder text = new StringBuilder("shortened by ").append(format(delta[i].negated()))
        .append(" to end within ").append(endName);
    if (allot[i].compareTo(box.min()) < 0) {
      text.append(", below its ").append(format(box.min())).append(" minimum");
    }
    List<String> kept = new ArrayList<>();
    for (int j = i + 1; j < allot.length; j++) {
      PhaseId id = plan.phases().get(j).id();
      if (open[j] && protect.contains(id)) {
        kept.add(format(allot[j]) + " for the " + id);
      }
    }
    if (!kept.isEmpty()) {
      text.append(" and keep ").append(String.join(" and ", kept));
    }
    return Optional.of(text.toString());
  }

  private static void addMeetingNudges(
      MeetingPlan plan, Duration elapsed, PacingOptions options, List<Nudge> nudges) {
    Duration ceiling = plan.hardCeiling();
    Duration toCeiling = ceiling.minus(elapsed);
    if (toCeiling.compareTo(options.ceilingWarning()) <= 0) {
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
    if (elapsed.compareTo(plan.budget()) > 0) {
      Duration past = elapsed.minus(plan.budget());
      nudges.add(Nudge.builder().id(Nudge.OVER_BUDGET)
          .text("the meeting is " + format(past) + " over its " + format(plan.budget())
              + " budget")
          .putDuration("budget", plan.budget()).putDuration("over", past).build());
    }
  }

  private static void addPhaseNudges(
      MeetingSession session,
      SessionContext cx,
      int current,
      Duration phaseElapsed,
      Duration phaseRemaining,
      Duration[] planned,
      Duration[] allot,
      Set<PhaseId> absorbing,
      Set<PhaseId> protect,
      boolean itemsLeft,
      PacingOptions options,
      List<Nudge> nudges) {
    MeetingPlan plan = cx.plan;
    PhasePlan phase = plan.phases().get(current);
    if (phaseRemaining.isZero()) {
      // The next phase with time left in the re-plan, or a protected one.
      PhaseId nextId = null;
      for (int j = current + 1; j < plan.phases().size(); j++) {
        PhaseId id = plan.phases().get(j).id();
        if (protect.contains(id) || allot[j].compareTo(Duration.ZERO) > 0) {
          nextId = id;
          break;
        }
      }
      if (nextId != null && protect.contains(nextId) && !protect.contains(phase.id())) {
        Duration keep = allot[plan.indexOf(nextId)];
        String forWhat = nextId.equals(PhaseId.ENDING)
            ? "for names and how you can help" : "for it";
        nudges.add(Nudge.builder().id(Nudge.MOVE_TO_ENDING)
            .text("move to the " + nextId + " now to keep " + format(keep) + " " + forWhat)
            .phase(nextId).putDuration("keep", keep).build());
      } else {
        String then = nextId != null ? "move on to the " + nextId : "close the meeting";
        Duration plan0 = planned[current];
        String text = phaseElapsed.compareTo(plan0) >= 0
            ? "the " + phase.id() + " has taken " + format(phaseElapsed) + " against "
                + format(plan0) + " planned: " + then
            : "the " + phase.id() + " has used the " + format(phaseElapsed)
                + " re-planned for it: " + then;
        nudges.add(Nudge.builder().id(Nudge.PHASE_OVER).text(text).phase(phase.id())
            .putDuration("taken", phaseElapsed).putDuration("planned", plan0)
            .putDuration("over", Durations.max(Duration.ZERO, phaseElapsed.minus(plan0)))
            .build());
      }
    } else if (absorbing.contains(phase.id()) && itemsLeft
        && phaseRemaining.compareTo(options.lastQuestionWarning()) <= 0) {
      nudges.add(Nudge.builder().id(Nudge.LAST_QUESTION)
          .text(format(phaseRemaining) + " left for the " + phase.id()
              + ": pick your last question")
          .phase(phase.id()).putDuration("left", phaseRemaining).build());
    }
    if (phaseRemaining.compareTo(options.cueWarning()) <= 0) {
      for (Cue cue : phase.cues()) {
        if (cue.required() && !session.isCueDone(cue.id())) {
          String words = Character.toLowerCase(cue.text().charAt(0)) + cue.text().substring(1);
          nudges.add(Nudge.builder().id(Nudge.CUE_PENDING)
              .text(format(phaseRemaining) + " left in the " + phase.id() + ": " + words)
              .phase(phase.id()).cueId(cue.id()).putDuration("left", phaseRemaining).build());
        }
      }
    }
  }

  private static final class Part {
    final int phase;
    final Duration amount;
    final String text;

    Part(int phase, Duration amount, String text) {
      this.phase = phase;
      this.amount = amount;
      this.text = text;
    }
  }
}
