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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one fold of a session's event log: after each accepted event, where the meeting stands and
 * which event did what. Facts are kept as positions in the log (the event that entered a phase,
 * covered an item, began a pause), so that a clock correction, which only re-times an event,
 * changes nothing here but that event's {@linkplain #effective(int) effective instant}. All
 * times are read from these positions by {@link SessionTimes}.
 *
 * <p>Immutable: {@link #after(SessionEvent, SessionContext)} returns a new state.
 */
final class SessionState {
  static final int NONE = -1;

  /** One pause: the positions of its Paused event and of the event that ended it. */
  record Pause(int from, int to) {
    boolean open() {
      return to == NONE;
    }
  }

  /** The effective instant of each event, after corrections; a correction keeps its own. */
  private final AppendLog<Instant> effective;
  private final SessionStatus status;
  private final int phaseIndex;
  /** Per plan phase, the position of the event that entered it, or {@link #NONE}. */
  private final int[] phaseEntries;
  /** Item id to the position of the event that covered or skipped it. */
  private final Map<String, Integer> itemMarks;
  /** Covered item id to the position of the event its time runs from. */
  private final Map<String, Integer> coveredFrom;
  /** Cue id to the position of the event that did it. */
  private final Map<String, Integer> cueMarks;
  /** The pauses that ended, in order. */
  private final AppendLog<Pause> closedPauses;
  /** The position of the Paused event of the pause under way, or {@link #NONE}. */
  private final int openPause;
  private final int endIndex;
  /** The position of the latest start, phase entry or covered item: where an item's time begins. */
  private final int marker;

  private SessionState(AppendLog<Instant> effective, SessionStatus status, int phaseIndex,
      int[] phaseEntries, Map<String, Integer> itemMarks, Map<String, Integer> coveredFrom,
      Map<String, Integer> cueMarks, AppendLog<Pause> closedPauses, int openPause, int endIndex,
      int marker) {
    this.effective = effective;
    this.status = status;
    this.phaseIndex = phaseIndex;
    this.phaseEntries = phaseEntries;
    this.itemMarks = itemMarks;
    this.coveredFrom = coveredFrom;
    this.cueMarks = cueMarks;
    this.closedPauses = closedPauses;
    this.openPause = openPause;
    this.endIndex = endIndex;
    this.marker = marker;
  }

  /** Returns the state of a session with no events, for a plan of the given number of phases. */
  static SessionState initial(int phases) {
    int[] entries = new int[phases];
    Arrays.fill(entries, NONE);
    return new SessionState(AppendLog.empty(), SessionStatus.NOT_STARTED, NONE, entries,
        Map.of(), Map.of(), Map.of(), AppendLog.empty(), NONE, NONE, NONE);
  }

  /**
   * Returns the state after one more event, which the session has already checked can happen.
   * Amortised constant time but for a clock correction, which copies the effective instants.
   */
  SessionState after(SessionEvent event, SessionContext context) {
    int index = effective.size();
    Builder next = new Builder(this, effective.with(event.at()));
    if (event instanceof Started) {
      next.status = SessionStatus.RUNNING;
      next.enter(0, index);
    } else if (event instanceof PhaseEntered entered) {
      next.enter(context.plan.indexOf(entered.phase()), index);
    } else if (event instanceof ItemCovered covered) {
      next.cover(context.agenda.item(covered.itemId()).orElseThrow(), index);
    } else if (event instanceof ItemSkipped skipped) {
      next.itemMarks().put(skipped.itemId(), index);
    } else if (event instanceof CueDone cue) {
      next.cueMarks().put(cue.cueId(), index);
    } else if (event instanceof Paused) {
      next.status = SessionStatus.PAUSED;
      next.openPause = index;
    } else if (event instanceof Resumed) {
      next.status = SessionStatus.RUNNING;
      next.closePause(index);
    } else if (event instanceof Ended) {
      next.status = SessionStatus.ENDED;
      next.endIndex = index;
      next.closePause(index);
    } else if (event instanceof ClockCorrected correction) {
      next.effective = next.effective.withReplaced(correction.eventIndex(),
          correction.correctedTo());
    }
    return next.build();
  }

  Instant effective(int eventIndex) {
    return effective.get(eventIndex);
  }

  int events() {
    return effective.size();
  }

  SessionStatus status() {
    return status;
  }

  int phaseIndex() {
    return phaseIndex;
  }

  /** Returns the position of the event that entered a phase, or {@link #NONE}. */
  int phaseEntry(int phase) {
    return phaseEntries[phase];
  }

  /** Returns the position of the event that covered or skipped an item, if any. */
  @Nullable Integer itemMark(String itemId) {
    return itemMarks.get(itemId);
  }

  /** Returns the position of the event a covered item's time runs from, if covered. */
  @Nullable Integer coveredFrom(String itemId) {
    return coveredFrom.get(itemId);
  }

  /** Returns the position of the event that did a cue, if done. */
  @Nullable Integer cueMark(String cueId) {
    return cueMarks.get(cueId);
  }

  /** Returns the pauses in order, the one under way (if any) last and open. */
  List<Pause> pauses() {
    if (openPause == NONE) {
      return closedPauses;
    }
    List<Pause> all = new ArrayList<>(closedPauses.size() + 1);
    all.addAll(closedPauses);
    all.add(new Pause(openPause, NONE));
    return Collections.unmodifiableList(all);
  }

  int endIndex() {
    return endIndex;
  }

  /** The fields of the next state, copied from this one only where an event changes them. */
  private static final class Builder {
    private final SessionState from;
    AppendLog<Instant> effective;
    SessionStatus status;
    int phaseIndex;
    int endIndex;
    int marker;
    private int @Nullable [] phaseEntries;
    private @Nullable Map<String, Integer> itemMarks;
    private @Nullable Map<String, Integer> coveredFrom;
    private @Nullable Map<String, Integer> cueMarks;

    int openPause;
    private @Nullable AppendLog<Pause> closedPauses;

    Builder(SessionState from, AppendLog<Instant> effective) {
      this.from = from;
      this.effective = effective;
      this.status = from.status;
      this.phaseIndex = from.phaseIndex;
      this.endIndex = from.endIndex;
      this.marker = from.marker;
      this.openPause = from.openPause;
    }

    void enter(int phase, int index) {
      phaseIndex = phase;
      marker = index;
      if (phaseEntries == null) {
        phaseEntries = from.phaseEntries.clone();
      }
      phaseEntries[phase] = index;
    }

    /** Covers an item; covering an item that places a cue does the cue, if not done yet. */
    void cover(AgendaItem item, int index) {
      itemMarks().put(item.id(), index);
      coveredFrom().put(item.id(), marker);
      marker = index;
      item.cueId().ifPresent(cue -> cueMarks().putIfAbsent(cue, index));
    }

    void closePause(int index) {
      if (openPause != NONE) {
        closedPauses = from.closedPauses.with(new Pause(openPause, index));
        openPause = NONE;
      }
    }

    Map<String, Integer> itemMarks() {
      if (itemMarks == null) {
        itemMarks = new HashMap<>(from.itemMarks);
      }
      return itemMarks;
    }

    Map<String, Integer> coveredFrom() {
      if (coveredFrom == null) {
        coveredFrom = new HashMap<>(from.coveredFrom);
      }
      return coveredFrom;
    }

    Map<String, Integer> cueMarks() {
      if (cueMarks == null) {
        cueMarks = new HashMap<>(from.cueMarks);
      }
      return cueMarks;
    }

    SessionState build() {
      return new SessionState(effective, status, phaseIndex,
          phaseEntries == null ? from.phaseEntries : phaseEntries,
          itemMarks == null ? from.itemMarks : Collections.unmodifiableMap(itemMarks),
          coveredFrom == null ? from.coveredFrom : Collections.unmodifiableMap(coveredFrom),
          cueMarks == null ? from.cueMarks : Collections.unmodifiableMap(cueMarks),
          closedPauses == null ? from.closedPauses : closedPauses, openPause, endIndex, marker);
    }
  }
}
