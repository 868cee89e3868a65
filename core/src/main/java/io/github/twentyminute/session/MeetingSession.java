package io.github.twentyminute.session;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.plan.PhaseId;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A live meeting as an event-sourced record: an agenda and the {@link SessionEvent}s recorded so
 * far, in order.
 *
 * <p>{@link #apply(SessionEvent)} returns a new session with one more event, or refuses an event
 * that cannot happen and leaves this session as it was. The refusals are:
 *
 * <ul>
 *   <li>{@link IllegalArgumentException} for an event that names something the agenda lacks (an
 *       unknown phase, item or cue), an event recorded before the previous one (time cannot go
 *       backwards), or a clock correction that names no event or would put the log out of order;
 *   <li>{@link IllegalStateException} for an event that cannot happen now: anything but
 *       {@code Started} first, a second start, anything but a clock correction after the end,
 *       going back to an earlier phase or entering the current one again, covering an item of
 *       another phase, covering, skipping or doing something twice, pausing while paused,
 *       resuming when not paused, and anything but resume, end or a clock correction while
 *       paused.
 * </ul>
 *
 * <p>The meeting is in the plan's first phase from the start. Everything else is computed from
 * the agenda and the events: {@link #pacing(Instant, PacingOptions)} at any instant while the
 * meeting runs, {@link #timeline()} after it ended. Two sessions are equal when their agendas and
 * events are equal, and {@link #replay(Agenda, List)} of a session's events rebuilds an equal
 * session.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MeetingSession {
  private final SessionContext context;
  /** The events, appended in amortised constant time. */
  private final AppendLog<SessionEvent> events;
  /** The fold of the events: the only place facts are derived from the log. */
  private final SessionState state;
  private final SessionStatus status;
  private final int phaseIndex;
  private @Nullable SessionTimes times;

  private MeetingSession(
      SessionContext context, AppendLog<SessionEvent> events, SessionState state) {
    this.context = context;
    this.events = events;
    this.state = state;
    this.status = state.status();
    this.phaseIndex = state.phaseIndex();
  }

  /**
   * Obtains a session for an agenda, with no events yet.
   *
   * @param agenda the agenda, not null
   * @return the session, {@link SessionStatus#NOT_STARTED}
   */
  public static MeetingSession of(Agenda agenda) {
    Objects.requireNonNull(agenda, "agenda");
    SessionContext context = new SessionContext(agenda);
    return new MeetingSession(context, AppendLog.empty(),
        SessionState.initial(context.plan.phases().size()));
  }

  /**
   * Rebuilds a session by applying events in order to a new session of the agenda.
   *
   * @param agenda the agenda, not null
   * @param events the events in the order they were recorded, not null, may be empty
   * @return the session, equal to the one the events were recorded in
   * @throws IllegalArgumentException if an event is refused for an argument reason; the message
   *     names the event's position
   * @throws IllegalStateException if an event is refused because it cannot happen at that point;
   *     the message names the event's position
   */
  public static MeetingSession replay(Agenda agenda, List<? extends SessionEvent> events) {
    Objects.requireNonNull(events, "events");
    MeetingSession session = of(agenda);
    for (int i = 0; i < events.size(); i++) {
      SessionEvent event = Objects.requireNonNull(events.get(i), "events[" + i + "]");
      try {
        session = session.apply(event);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "cannot replay event " + i + " of " + events.size() + ": " + e.getMessage(), e);
      } catch (IllegalStateException e) {
        throw new IllegalStateException(
            "cannot replay event " + i + " of " + events.size() + ": " + e.getMessage(), e);
      }
    }
    return session;
  }

  /**
   * Returns the agenda of the meeting.
   *
   * @return the agenda
   */
  public Agenda agenda() {
    return context.agenda;
  }

  /**
   * Returns the events in the order they were recorded.
   *
   * @return the events, unmodifiable, may be empty
   */
  public List<SessionEvent> events() {
    return events;
  }

  /**
   * Returns where the meeting stands.
   *
   * @return the status
   */
  public SessionStatus status() {
    return status;
  }

  /**
   * Returns the phase the meeting is in, or was in when it ended.
   *
   * @return the phase, or empty before the start
   */
  public Optional<PhaseId> currentPhase() {
    return phaseIndex < 0 ? Optional.empty() : Optional.of(context.phase(phaseIndex).id());
  }

  /**
   * Returns when the meeting started, after clock corrections.
   *
   * @return the start, or empty before the start
   */
  public Optional<Instant> startedAt() {
    return events.isEmpty() ? Optional.empty() : Optional.of(state.effective(0));
  }

  /**
   * Returns when the meeting ended, after clock corrections.
   *
   * @return the end, or empty if it has not ended
   */
  public Optional<Instant> endedAt() {
    return status == SessionStatus.ENDED ? Optional.of(times().end()) : Optional.empty();
  }

  /**
   * Returns when the event at a position of the log happened, after clock corrections; for a
   * correction, when it was made.
   *
   * @param eventIndex the zero-based position in {@link #events()}
   * @return the instant
   * @throws IndexOutOfBoundsException if there is no event at that position
   */
  public Instant effectiveInstant(int eventIndex) {
    Objects.checkIndex(eventIndex, events.size());
    return state.effective(eventIndex);
  }

  /**
   * Checks if an item was covered or skipped.
   *
   * @param itemId the item id, not null
   * @return true if an {@code ItemCovered} or {@code ItemSkipped} event names it
   */
  public boolean isItemDone(String itemId) {
    return state.itemMark(Objects.requireNonNull(itemId, "itemId")) != null;
  }

  /**
   * Checks if a cue was done, by a {@code CueDone} event or by covering an item that places it.
   *
   * @param cueId the cue id, not null
   * @return true if done
   */
  public boolean isCueDone(String cueId) {
    return state.cueMark(Objects.requireNonNull(cueId, "cueId")) != null;
  }

  /**
   * Returns the pacing of the meeting at an instant, with the default options (the plan's
   * absorbing and protected phases, ending at the budget).
   *
   * @param now the instant, not null; not before the latest event
   * @return the pacing
   * @throws IllegalArgumentException if {@code now} is before the latest event
   */
  public Pacing pacing(Instant now) {
    return pacing(now, PacingOptions.defaults());
  }

  /**
   * Returns the pacing of the meeting at an instant. This is a pure function of the agenda, the
   * events, the instant and the options: the same arguments always give an equal result.
   *
   * @param now the instant, not null; not before the latest event (after corrections)
   * @param options the options, not null
   * @return the pacing
   * @throws IllegalArgumentException if {@code now} is before the latest event, or the options
   *     name a phase the plan lacks
   */
  public Pacing pacing(Instant now, PacingOptions options) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(options, "options");
    return Pacer.pace(this, now, options);
  }

  /**
   * Returns the planned-versus-actual timeline of the meeting, which must have ended.
   *
   * @return the timeline
   * @throws IllegalStateException if the meeting has not ended
   */
  public Timeline timeline() {
    if (status != SessionStatus.ENDED) {
      throw new IllegalStateException(
          "the timeline is known once the meeting has ended, but the meeting is " + status
              + "; apply an Ended event first");
    }
    return Timelines.of(this);
  }

  /**
   * Returns a new session with one more event, or refuses the event. This session is never
   * changed.
   *
   * @param event the event, not null
   * @return the new session
   * @throws IllegalArgumentException if the event names something the agenda lacks, is recorded
   *     before the previous event, or is a clock correction that names no event or would put the
   *     log out of order
   * @throws IllegalStateException if the event cannot happen now (see the class documentation)
   */
  public MeetingSession apply(SessionEvent event) {
    Objects.requireNonNull(event, "event");
    if (!events.isEmpty()) {
      SessionEvent previous = events.get(events.size() - 1);
      if (event.at().isBefore(previous.at())) {
        throw new IllegalArgumentException(
            "event " + event + " is before the previous event (" + previous + "); time cannot"
                + " go backwards. Maybe record a ClockCorrected event to re-time an earlier"
                + " event");
      }
    }
    if (status == SessionStatus.NOT_STARTED && !(event instanceof Started)) {
      throw new IllegalStateException(
          "the meeting has not started: expected Started first, but was " + event);
    }
    if (status == SessionStatus.ENDED && !(event instanceof ClockCorrected)) {
      throw new IllegalStateException(
          "the meeting ended at " + times().end() + "; " + event + " comes after the end;"
              + " only a ClockCorrected event is accepted now");
    }
    if (status == SessionStatus.PAUSED
        && !(event instanceof Resumed || event instanceof Ended
            || event instanceof ClockCorrected)) {
      throw new IllegalStateException(
          "the meeting is paused since " + lastPauseInstant() + "; resume it before " + event);
    }
    if (event instanceof Started) {
      if (status != SessionStatus.NOT_STARTED) {
        throw new IllegalStateException(
            "the meeting already started at " + state.effective(0) + "; cannot start it again"
                + " with " + event);
      }
      return next(event);
    }
    if (event instanceof PhaseEntered entered) {
      return enter(entered);
    }
    if (event instanceof ItemCovered covered) {
      return mark(event, covered.itemId(), "covered");
    }
    if (event instanceof ItemSkipped skipped) {
      return mark(event, skipped.itemId(), "skipped");
    }
    if (event instanceof CueDone cue) {
      return cue(cue);
    }
    if (event instanceof Paused) {
      if (status == SessionStatus.PAUSED) {
        throw new IllegalStateException(
            "the meeting is already paused since " + lastPauseInstant() + "; cannot pause it"
                + " again with " + event);
      }
      return next(event);
    }
    if (event instanceof Resumed) {
      if (status != SessionStatus.PAUSED) {
        throw new IllegalStateException(
            "cannot resume: the meeting is not paused (it is " + status + "); " + event
                + " needs a Paused event before it");
      }
      return next(event);
    }
    if (event instanceof Ended) {
      return next(event);
    }
    return correct((ClockCorrected) event);
  }

  private MeetingSession enter(PhaseEntered event) {
    int index = context.plan.indexOf(event.phase());
    if (index < 0) {
      throw new IllegalArgumentException(
          "plan \"" + context.plan.name() + "\" has no phase " + event.phase() + "; its phases"
              + " are " + context.plan.phaseIds() + " (" + event + ")");
    }
    PhaseId current = context.phase(phaseIndex).id();
    if (index == phaseIndex) {
      throw new IllegalStateException(
          "the meeting is already in phase " + current + "; cannot enter it again with " + event);
    }
    if (index < phaseIndex) {
      throw new IllegalStateException(
          "cannot go back from phase " + current + " to " + event.phase() + ": phases follow"
              + " the plan's order " + context.plan.phaseIds() + " (" + event + ")");
    }
    return next(event);
  }

  private MeetingSession mark(SessionEvent event, String itemId, String verb) {
    Optional<AgendaItem> found = context.agenda.item(itemId);
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          "agenda has no item " + itemId + "; its items are " + context.itemIdsForMessage()
              + " (" + event + ")");
    }
    Integer earlier = state.itemMark(itemId);
    if (earlier != null) {
      SessionEvent was = events.get(earlier);
      throw new IllegalStateException(
          "item " + itemId + " was already " + (was instanceof ItemCovered ? "covered" : "skipped")
              + " at " + state.effective(earlier) + "; cannot mark it " + verb + " again with "
              + event);
    }
    AgendaItem item = found.get();
    PhaseId current = context.phase(phaseIndex).id();
    if (!item.phase().equals(current)) {
      boolean later = context.plan.indexOf(item.phase()) > phaseIndex;
      throw new IllegalStateException(
          "item " + itemId + " belongs to phase " + item.phase() + ", but the meeting is in"
              + " phase " + current + "; " + (later
                  ? "enter " + item.phase() + " first"
                  : "phase " + item.phase() + " is over") + " (" + event + ")");
    }
    return next(event);
  }

  private MeetingSession cue(CueDone event) {
    if (!context.cuePhase.containsKey(event.cueId())) {
      throw new IllegalArgumentException(
          "plan \"" + context.plan.name() + "\" has no cue " + event.cueId() + "; its cues are "
              + context.cueIdsForMessage() + " (" + event + ")");
    }
    Integer earlier = state.cueMark(event.cueId());
    if (earlier != null) {
      SessionEvent was = events.get(earlier);
      throw new IllegalStateException(
          "cue " + event.cueId() + " was already done at " + state.effective(earlier)
              + (was instanceof ItemCovered covering ? " (by covering item " + covering.itemId()
                  + ")" : "") + "; cannot do it again with " + event);
    }
    return next(event);
  }

  private MeetingSession correct(ClockCorrected event) {
    int target = event.eventIndex();
    if (target >= events.size()) {
      throw new IllegalArgumentException(
          "no event " + target + " to correct: the session has " + events.size()
              + " events (0 to " + (events.size() - 1) + ") (" + event + ")");
    }
    SessionEvent original = events.get(target);
    if (original instanceof ClockCorrected correction) {
      throw new IllegalArgumentException(
          "event " + target + " is itself a clock correction (" + original + "); correct the"
              + " event it re-timed, event " + correction.eventIndex() + ", instead (" + event
              + ")");
    }
    Instant to = event.correctedTo();
    for (int i = target - 1; i >= 0; i--) {
      if (!(events.get(i) instanceof ClockCorrected)) {
        if (to.isBefore(state.effective(i))) {
          throw new IllegalArgumentException(
              "cannot re-time event " + target + " (" + original + ") to " + to + ": it would"
                  + " come before event " + i + " (" + events.get(i) + ") at "
                  + state.effective(i) + "; events must stay in order (" + event + ")");
        }
        break;
      }
    }
    for (int i = target + 1; i < events.size(); i++) {
      if (!(events.get(i) instanceof ClockCorrected)) {
        if (to.isAfter(state.effective(i))) {
          throw new IllegalArgumentException(
              "cannot re-time event " + target + " (" + original + ") to " + to + ": it would"
                  + " come after event " + i + " (" + events.get(i) + ") at "
                  + state.effective(i) + "; events must stay in order (" + event + ")");
        }
        break;
      }
    }
    return next(event);
  }

  /** Returns the session with one more event, which the checks above accepted. */
  private MeetingSession next(SessionEvent event) {
    return new MeetingSession(context, append(event), state.after(event, context));
  }

  private AppendLog<SessionEvent> append(SessionEvent event) {
    return events.with(event);
  }

  private Instant lastPauseInstant() {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i) instanceof Paused) {
        return state.effective(i);
      }
    }
    throw new IllegalStateException("Impossible state: paused without a Paused event");
  }

  SessionContext context() {
    return context;
  }

  int phaseIndex() {
    return phaseIndex;
  }

  /** Returns the times of the session, read off its fold once and kept. */
  SessionTimes times() {
    SessionTimes known = times;
    if (known == null) {
      known = new SessionTimes(context, state, events);
      times = known;
    }
    return known;
  }

  /**
   * Checks if another object is a session with an equal agenda and equal events.
   *
   * @param other the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MeetingSession)) {
      return false;
    }
    MeetingSession that = (MeetingSession) other;
    return events.equals(that.events) && context.agenda.equals(that.context.agenda);
  }

  @Override
  public int hashCode() {
    return 31 * context.agenda.hashCode() + events.hashCode();
  }

  /** Returns a short form for people, such as {@code MeetingSession RUNNING in discussion, 7 events}. */
  @Override
  public String toString() {
    return "MeetingSession " + status + currentPhase().map(p -> " in " + p).orElse("") + ", "
        + events.size() + " events";
  }
}
