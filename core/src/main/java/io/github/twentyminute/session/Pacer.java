package io.github.twentyminute.session;

import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.MeetingPlan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Computes {@link Pacing}: a pure function of a session (agenda and events), an instant and the
 * options. It puts together the {@link Replan re-plan} of the rest of the meeting, the
 * {@link DriftExplanation drift} and its reasons, and the {@link NudgeRules nudges}.
 */
final class Pacer {
  private Pacer() {}

  static Pacing pace(MeetingSession session, Instant now, PacingOptions options) {
    SessionTimes times = session.times();
    Instant last = times.last();
    if (last != null && now.isBefore(last)) {
      throw new IllegalArgumentException(
          "pacing instant " + now + " is before the session's latest event at " + last
              + "; pace at that instant or later");
    }
    MeetingPlan plan = session.context().plan;
    Replan replan = Replan.of(session, now, options);
    DriftExplanation drift = DriftExplanation.of(replan.slots());
    PhaseSlot current = current(session, replan);
    Optional<AgendaItem> currentItem = current == null ? Optional.empty()
        : currentItem(session, current);
    Duration elapsed = Duration.ZERO;
    Duration paused = Duration.ZERO;
    if (times.started()) {
      Instant clockEnd = times.endOr(now);
      elapsed = times.active(times.start(), clockEnd);
      paused = Duration.between(times.start(), clockEnd).minus(elapsed);
    }
    Optional<Duration> lateStart = lateStart(session, now);
    return Pacing.builder()
        .at(now)
        .status(session.status())
        .currentPhase(Optional.ofNullable(current).map(slot -> slot.plan.id()))
        .currentItem(currentItem)
        .meetingElapsed(elapsed)
        .meetingRemaining(Durations.max(Duration.ZERO, plan.budget().minus(elapsed)))
        .ceilingRemaining(Durations.max(Duration.ZERO, plan.hardCeiling().minus(elapsed)))
        .phaseElapsed(current == null ? Duration.ZERO : current.actual)
        .phaseRemaining(current == null ? Duration.ZERO : current.remaining())
        .paused(paused)
        .lateStart(lateStart)
        .drift(drift.drift())
        .reason(drift.standing())
        .driftReasons(drift.reasons())
        .phases(phases(replan))
        .projectedTotal(replan.projectedTotal())
        .unabsorbed(replan.unabsorbed())
        .projectedEnd(projectedEnd(session, now, elapsed, replan.projectedTotal()))
        .nudges(NudgeRules.of(session, replan, options, elapsed, lateStart, current,
            currentItem.isPresent()))
        .build();
  }

  /** The slot of the phase the meeting is in, or null before the start and after the end. */
  private static @Nullable PhaseSlot current(MeetingSession session, Replan replan) {
    boolean running = session.status() == SessionStatus.RUNNING
        || session.status() == SessionStatus.PAUSED;
    return running ? replan.slot(session.phaseIndex()) : null;
  }

  /** The first item of the current phase, in agenda order, not yet covered or skipped. */
  private static Optional<AgendaItem> currentItem(MeetingSession session, PhaseSlot current) {
    SessionContext context = session.context();
    for (int index : context.itemsByPhase.get(current.index)) {
      AgendaItem item = context.agenda.items().get(index);
      if (!session.isItemDone(item.id())) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  private static List<PhasePace> phases(Replan replan) {
    List<PhasePace> phases = new ArrayList<>(replan.slots().size());
    Duration offset = Duration.ZERO;
    for (PhaseSlot slot : replan.slots()) {
      phases.add(PhasePace.builder()
          .phase(slot.plan.id())
          .state(slot.state)
          .planned(slot.planned)
          .actual(slot.actual)
          .allotted(slot.allotted)
          .offset(offset)
          .change(replan.change(slot))
          .build());
      offset = offset.plus(slot.allotted);
    }
    return phases;
  }

  /** How late the meeting started, or, before the start, how late it already is. */
  private static Optional<Duration> lateStart(MeetingSession session, Instant now) {
    SessionTimes times = session.times();
    Optional<Instant> scheduled = session.agenda().scheduledStart();
    Instant startOrNow = times.started() ? times.start() : now;
    return scheduled.filter(startOrNow::isAfter)
        .map(at -> Duration.between(at, startOrNow));
  }

  private static Optional<Instant> projectedEnd(MeetingSession session, Instant now,
      Duration elapsed, Duration projectedTotal) {
    SessionTimes times = session.times();
    if (session.status() == SessionStatus.ENDED) {
      return Optional.of(times.end());
    } else if (times.started()) {
      return Optional.of(now.plus(Durations.max(Duration.ZERO, projectedTotal.minus(elapsed))));
    }
    return session.agenda().scheduledStart()
        .map(at -> (at.isAfter(now) ? at : now).plus(projectedTotal));
  }
}
