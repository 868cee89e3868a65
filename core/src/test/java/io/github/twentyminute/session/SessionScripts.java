package io.github.twentyminute.session;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.plan.Cue;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of live meetings: a random walk of candidate events, each drawn from
 * the source (so QuickTheories shrinks them), of which the session keeps the ones it accepts.
 * Candidates include refusable ones (unknown ids, wrong phases, time going backwards), and every
 * refusal is recorded with the session that refused it.
 */
final class SessionScripts {
  private SessionScripts() {}

  /** A generated meeting: the session, its refusals, and an instant at or after its last event. */
  static final class Script {
    final Agenda agenda;
    final MeetingSession session;
    final List<MeetingSession> refusedBy;
    final List<SessionEvent> refused;
    final Instant now;
    final Instant later;

    Script(Agenda agenda, MeetingSession session, List<MeetingSession> refusedBy,
        List<SessionEvent> refused, Instant now, Instant later) {
      this.agenda = agenda;
      this.session = session;
      this.refusedBy = refusedBy;
      this.refused = refused;
      this.now = now;
      this.later = later;
    }

    @Override
    public String toString() {
      return session.events() + " paced at " + now;
    }
  }

  static Gen<Script> scripts() {
    return SessionScripts::generate;
  }

  private static long draw(RandomnessSource in, long min, long max) {
    return in.next(Constraint.between(min, max).withShrinkPoint(min));
  }

  private static Script generate(RandomnessSource in) {
    Agenda agenda = SampleMeeting.agenda();
    List<PhasePlan> phases = agenda.plan().phases();
    List<AgendaItem> items = agenda.items();
    List<Cue> cues = new ArrayList<>();
    phases.forEach(p -> cues.addAll(p.cues()));
    MeetingSession session = MeetingSession.of(agenda);
    List<MeetingSession> refusedBy = new ArrayList<>();
    List<SessionEvent> refused = new ArrayList<>();
    Instant t = SampleMeeting.SCHEDULED_START.plusSeconds(draw(in, -300, 600));
    int steps = (int) draw(in, 0, 45);
    for (int step = 0; step < steps; step++) {
      t = t.plusSeconds(draw(in, 0, 240));
      int kind = (int) draw(in, 0, 10);
      SessionEvent event;
      switch (kind) {
        case 0:
          event = SessionEvent.started(t);
          break;
        case 1:
          int phase = (int) draw(in, 0, phases.size());
          event = SessionEvent.phaseEntered(t,
              phase == phases.size() ? PhaseId.of("coffee") : phases.get(phase).id());
          break;
        case 2:
        case 3:
          int item = (int) draw(in, 0, items.size());
          String id = item == items.size() ? "nope" : items.get(item).id();
          event = kind == 2 ? SessionEvent.itemCovered(t, id) : SessionEvent.itemSkipped(t, id);
          break;
        case 4:
          int cue = (int) draw(in, 0, cues.size());
          event = SessionEvent.cueDone(t, cue == cues.size() ? "no.cue" : cues.get(cue).id());
          break;
        case 5:
          event = SessionEvent.paused(t);
          break;
        case 6:
          event = SessionEvent.resumed(t);
          break;
        case 7:
          event = SessionEvent.ended(t);
          break;
        case 8:
          int target = (int) draw(in, 0, session.events().size());
          event = SessionEvent.clockCorrected(t, target, t.minusSeconds(draw(in, 0, 600)));
          break;
        case 9:
          event = SessionEvent.paused(t.minusSeconds(draw(in, 1, 300)));
          break;
        default:
          // Bias towards a meeting that moves on: the next phase.
          int next = session.currentPhase().map(p -> agenda.plan().indexOf(p) + 1).orElse(0);
          event = next == 0 ? SessionEvent.started(t)
              : SessionEvent.phaseEntered(t, phases.get(Math.min(next, phases.size() - 1)).id());
      }
      try {
        session = session.apply(event);
      } catch (IllegalArgumentException | IllegalStateException e) {
        refusedBy.add(session);
        refused.add(event);
      }
    }
    Instant last = session.events().isEmpty() ? t
        : session.events().get(session.events().size() - 1).at();
    Instant now = last.plusSeconds(draw(in, 0, 2400));
    Instant later = now.plusSeconds(draw(in, 0, 2400));
    return new Script(agenda, session, refusedBy, refused, now, later);
  }
}
