package io.github.twentyminute.session;

import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.session.SessionEvent.ClockCorrected;
import io.github.twentyminute.session.SessionEvent.CueDone;
import io.github.twentyminute.session.SessionEvent.Ended;
import io.github.twentyminute.session.SessionEvent.ItemCovered;
import io.github.twentyminute.session.SessionEvent.ItemSkipped;
import io.github.twentyminute.session.SessionEvent.Paused;
import io.github.twentyminute.session.SessionEvent.PhaseEntered;
import io.github.twentyminute.session.SessionEvent.Resumed;
import io.github.twentyminute.session.SessionEvent.Started;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The times of one session, read off its events after clock corrections: start, end, when each
 * phase was entered, the pauses, when each item and cue was marked, and each covered item's
 * actual time. Immutable once built; computed once per session.
 */
final class SessionFacts {
  private final @Nullable Instant start;
  private final @Nullable Instant end;
  private final @Nullable Instant last;
  /** Entry instant per plan phase; null for a phase not entered. */
  private final @Nullable Instant[] phaseEntry;
  /** Pause intervals: from and to, with to null while the pause goes on. */
  private final List<Instant[]> pauses;
  /** Per agenda item index: when it was marked, or null. */
  private final @Nullable Instant[] itemMarked;
  /** Per agenda item index: true when covered, false when skipped or not marked. */
  private final boolean[] itemCovered;
  /** Per agenda item index: the active time attributed to a covered item. */
  private final Duration[] itemActual;
  private final Map<String, Instant> cueDone;

  SessionFacts(MeetingSession session) {
    SessionContext context = session.context();
    List<SessionEvent> events = session.events();
    Instant[] effective = session.effectiveInstants();
    int phases = context.plan.phases().size();
    List<AgendaItem> items = context.agenda.items();
    phaseEntry = new Instant[phases];
    itemMarked = new Instant[items.size()];
    itemCovered = new boolean[items.size()];
    itemActual = new Duration[items.size()];
    Arrays.fill(itemActual, Duration.ZERO);
    cueDone = new HashMap<>();
    pauses = new ArrayList<>();
    Instant started = null;
    Instant ended = null;
    for (int i = 0; i < events.size(); i++) {
      SessionEvent event = events.get(i);
      Instant at = effective[i];
      if (event instanceof Started) {
        started = at;
        phaseEntry[0] = at;
      } else if (event instanceof PhaseEntered) {
        phaseEntry[context.plan.indexOf(((PhaseEntered) event).phase())] = at;
      } else if (event instanceof Paused) {
        pauses.add(new Instant[] {at, null});
      } else if (event instanceof Resumed) {
        pauses.get(pauses.size() - 1)[1] = at;
      } else if (event instanceof Ended) {
        ended = at;
        if (!pauses.isEmpty() && pauses.get(pauses.size() - 1)[1] == null) {
          pauses.get(pauses.size() - 1)[1] = at;
        }
      }
    }
    start = started;
    end = ended;
    last = events.isEmpty() ? null : events.get(events.size() - 1).at();
    // Second pass, now that every pause is known: item times and cues.
    Instant marker = null;
    for (int i = 0; i < events.size(); i++) {
      SessionEvent event = events.get(i);
      Instant at = effective[i];
      if (event instanceof Started || event instanceof PhaseEntered) {
        marker = at;
      } else if (event instanceof ItemCovered) {
        int index = context.agenda.indexOf(((ItemCovered) event).itemId());
        itemMarked[index] = at;
        itemCovered[index] = true;
        itemActual[index] = active(marker, at);
        marker = at;
        items.get(index).cueId().ifPresent(cue -> cueDone.putIfAbsent(cue, at));
      } else if (event instanceof ItemSkipped) {
        itemMarked[context.agenda.indexOf(((ItemSkipped) event).itemId())] = at;
      } else if (event instanceof CueDone) {
        cueDone.putIfAbsent(((CueDone) event).cueId(), at);
      } else if (!(event instanceof ClockCorrected || event instanceof Paused
          || event instanceof Resumed || event instanceof Ended)) {
        throw new IllegalStateException("Impossible state: unknown event " + event);
      }
    }
  }

  boolean started() {
    return start != null;
  }

  Instant start() {
    if (start == null) {
      throw new IllegalStateException("Impossible state: the meeting has not started");
    }
    return start;
  }

  Instant end() {
    if (end == null) {
      throw new IllegalStateException("Impossible state: the meeting has not ended");
    }
    return end;
  }

  /** Returns the instant of the latest event, which no other event's instant passes. */
  @Nullable Instant last() {
    return last;
  }

  @Nullable Instant phaseEntry(int phase) {
    return phaseEntry[phase];
  }

  @Nullable Instant itemMarked(int item) {
    return itemMarked[item];
  }

  boolean itemCovered(int item) {
    return itemCovered[item];
  }

  Duration itemActual(int item) {
    return itemActual[item];
  }

  @Nullable Instant cueDone(String cueId) {
    return cueDone.get(cueId);
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
