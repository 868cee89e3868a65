package io.github.twentyminute.session;

import io.github.twentyminute.agenda.AgendaItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The times of one session, read off its {@link SessionState} (the one fold of its events) after
 * clock corrections: start, end, when each phase was entered and how long it ran, the pauses,
 * when each item and cue was marked, and each covered item's time. Pacing and the timeline both
 * read a phase's actual time here, from {@link #phaseActual(int, Instant)}. Immutable; built once
 * per session.
 */
final class SessionTimes {
  private final SessionState state;
  private final SessionContext context;
  private final @Nullable Instant last;
  /** Pause intervals, from and to, with to null while the pause goes on. */
  private final List<@Nullable Instant[]> pauses;

  SessionTimes(SessionContext context, SessionState state, List<SessionEvent> events) {
    this.state = state;
    this.context = context;
    this.last = events.isEmpty() ? null : events.get(events.size() - 1).at();
    this.pauses = new ArrayList<>(state.pauses().size());
    for (SessionState.Pause pause : state.pauses()) {
      pauses.add(new Instant[] {state.effective(pause.from()),
          pause.open() ? null : state.effective(pause.to())});
    }
  }

  boolean started() {
    return state.events() > 0;
  }

  Instant start() {
    if (!started()) {
      throw new IllegalStateException("Impossible state: the meeting has not started");
    }
    return state.effective(0);
  }

  Instant end() {
    if (state.endIndex() == SessionState.NONE) {
      throw new IllegalStateException("Impossible state: the meeting has not ended");
    }
    return state.effective(state.endIndex());
  }

  /** Returns the end of the meeting's clock: the end once ended, else the given instant. */
  Instant endOr(Instant now) {
    return state.status() == SessionStatus.ENDED ? end() : now;
  }

  /** Returns the instant of the latest event, which no other event's instant passes. */
  @Nullable Instant last() {
    return last;
  }

  /** Returns when a phase was entered, or null if it was not. */
  @Nullable Instant phaseEntry(int phase) {
    int event = state.phaseEntry(phase);
    return event == SessionState.NONE ? null : state.effective(event);
  }

  /**
   * Returns a phase's actual time: from its entry to the entry of the next phase entered (or to
   * {@code until}), less the pauses; zero for a phase not entered.
   */
  Duration phaseActual(int phase, Instant until) {
    Instant entry = phaseEntry(phase);
    if (entry == null) {
      return Duration.ZERO;
    }
    Instant next = until;
    for (int later = phase + 1; later < context.plan.phases().size(); later++) {
      Instant entered = phaseEntry(later);
      if (entered != null) {
        next = entered;
        break;
      }
    }
    return active(entry, next);
  }

  /** Returns when an agenda item was covered or skipped, or null. */
  @Nullable Instant itemMarked(int item) {
    Integer event = state.itemMark(context.agenda.items().get(item).id());
    return event == null ? null : state.effective(event);
  }

  boolean itemCovered(int item) {
    return state.coveredFrom(context.agenda.items().get(item).id()) != null;
  }

  /**
   * Returns the time of a covered item: from the start of its phase or the phase's previous
   * covered item to its cover, less the pauses; zero unless covered.
   */
  Duration itemActual(int item) {
    AgendaItem agendaItem = context.agenda.items().get(item);
    Integer from = state.coveredFrom(agendaItem.id());
    Integer to = state.itemMark(agendaItem.id());
    return from == null || to == null ? Duration.ZERO
        : active(state.effective(from), state.effective(to));
  }

  /** Returns when a cue was done, by a CueDone event or by covering an item placing it. */
  @Nullable Instant cueDone(String cueId) {
    Integer event = state.cueMark(cueId);
    return event == null ? null : state.effective(event);
  }

  /** Returns the time between two instants, less the paused time between them; never negative. */
  Duration active(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    Duration result = Duration.between(from, to);
    for (Instant[] pause : pauses) {
      Instant pauseFrom = pause[0].isAfter(from) ? pause[0] : from;
      Instant pauseTo = pause[1] == null || pause[1].isAfter(to) ? to : pause[1];
      if (pauseTo.isAfter(pauseFrom)) {
        result = result.minus(Duration.between(pauseFrom, pauseTo));
      }
    }
    return result.isNegative() ? Duration.ZERO : result;
  }
}
