package io.github.twentyminute.session;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.plan.PhaseId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Paces a meeting live: each call records one event at the clock's current instant and returns
 * the pacing right after it.
 *
 * <p>This is a thin, clock-driven holder of a {@link MeetingSession}: it reads the injected
 * {@link Clock}, applies the event and calls {@link MeetingSession#pacing(Instant,
 * PacingOptions)}; it starts no threads and owns no timers, so an application refreshes its
 * display by calling {@link #pacing()} as often as it likes. A refused event leaves the meeting
 * as it was. Methods are synchronized, so one instance may be shared by threads; the session it
 * holds can be persisted at any time through {@link #session()} and its events.
 */
public final class LiveMeeting {
  private final Clock clock;
  private final PacingOptions options;
  private MeetingSession session;

  private LiveMeeting(MeetingSession session, Clock clock, PacingOptions options) {
    this.session = session;
    this.clock = clock;
    this.options = options;
  }

  /**
   * Obtains a live meeting for an agenda, not started yet, with the default pacing options.
   *
   * @param agenda the agenda, not null
   * @param clock the clock, not null
   * @return the live meeting
   */
  public static LiveMeeting of(Agenda agenda, Clock clock) {
    return reopen(MeetingSession.of(agenda), clock, PacingOptions.defaults());
  }

  /**
   * Reopens a saved meeting: obtains a live meeting that goes on from a session, such as one
   * rebuilt from stored events. (To go on after a pause, call {@link #resume()}.)
   *
   * @param session the session, not null
   * @param clock the clock, not null
   * @param options the pacing options, not null
   * @return the live meeting
   */
  public static LiveMeeting reopen(MeetingSession session, Clock clock, PacingOptions options) {
    return new LiveMeeting(Objects.requireNonNull(session, "session"),
        Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns the session so far.
   *
   * @return the session
   */
  public synchronized MeetingSession session() {
    return session;
  }

  /**
   * Returns the pacing at the clock's current instant.
   *
   * @return the pacing
   * @throws IllegalArgumentException if the clock reads earlier than the latest event
   */
  public synchronized Pacing pacing() {
    return session.pacing(clock.instant(), options);
  }

  /**
   * Returns the timeline of the meeting, which must have ended.
   *
   * @return the timeline
   * @throws IllegalStateException if the meeting has not ended
   */
  public synchronized Timeline timeline() {
    return session.timeline();
  }

  /**
   * Starts the meeting now.
   *
   * @return the pacing after the event
   * @throws IllegalStateException if the meeting has started already
   * @throws IllegalArgumentException if the clock reads earlier than the latest event
   */
  public Pacing start() {
    return record(SessionEvent.started(clock.instant()));
  }

  /**
   * Enters a later phase now.
   *
   * @param phase the phase, not null
   * @return the pacing after the event
   * @throws IllegalArgumentException if the plan has no such phase
   * @throws IllegalStateException if the meeting is not running or is already past that phase
   */
  public Pacing enter(PhaseId phase) {
    return record(SessionEvent.phaseEntered(clock.instant(), phase));
  }

  /**
   * Marks an item of the current phase covered now.
   *
   * @param itemId the item id, not null
   * @return the pacing after the event
   * @throws IllegalArgumentException if the agenda has no such item
   * @throws IllegalStateException if the item is not in the current phase or already marked
   */
  public Pacing cover(String itemId) {
    return record(SessionEvent.itemCovered(clock.instant(), itemId));
  }

  /**
   * Marks an item of the current phase skipped now.
   *
   * @param itemId the item id, not null
   * @return the pacing after the event
   * @throws IllegalArgumentException if the agenda has no such item
   * @throws IllegalStateException if the item is not in the current phase or already marked
   */
  public Pacing skip(String itemId) {
    return record(SessionEvent.itemSkipped(clock.instant(), itemId));
  }

  /**
   * Marks a cue of the plan done now.
   *
   * @param cueId the cue id, not null
   * @return the pacing after the event
   * @throws IllegalArgumentException if the plan has no such cue
   * @throws IllegalStateException if the cue is done already or the meeting is not running
   */
  public Pacing cueDone(String cueId) {
    return record(SessionEvent.cueDone(clock.instant(), cueId));
  }

  /**
   * Pauses the meeting now.
   *
   * @return the pacing after the event
   * @throws IllegalStateException if the meeting is not running
   */
  public Pacing pause() {
    return record(SessionEvent.paused(clock.instant()));
  }

  /**
   * Resumes the meeting now, ending a pause. (To go on with a saved meeting, use
   * {@link #reopen(MeetingSession, Clock, PacingOptions)}.)
   *
   * @return the pacing after the event
   * @throws IllegalStateException if the meeting is not paused
   */
  public Pacing resume() {
    return record(SessionEvent.resumed(clock.instant()));
  }

  /**
   * Ends the meeting now.
   *
   * @return the pacing after the event
   * @throws IllegalStateException if the meeting is not running or paused
   */
  public Pacing end() {
    return record(SessionEvent.ended(clock.instant()));
  }

  /**
   * Re-times an earlier event: it really happened at {@code actual}.
   *
   * @param eventIndex the zero-based position of the event in the session's log
   * @param actual when it really happened, not null, not after now
   * @return the pacing after the correction
   * @throws IllegalArgumentException if there is no such event, it is a correction, or the new
   *     instant would put the log out of order or lies in the future
   */
  public Pacing correct(int eventIndex, Instant actual) {
    return record(SessionEvent.clockCorrected(clock.instant(), eventIndex, actual));
  }

  /**
   * Re-times the start of the meeting, for a start tapped late or early.
   *
   * @param actualStart when the meeting really started, not null, not after now
   * @return the pacing after the correction
   * @throws IllegalArgumentException if the new start would put the log out of order or lies in
   *     the future
   * @throws IllegalStateException if the meeting has not started
   */
  public Pacing correctStart(Instant actualStart) {
    return correct(0, actualStart);
  }

  /**
   * Records an event: applies it to the session and returns the pacing at the event's instant,
   * or at the clock's instant if later.
   *
   * @param event the event, not null
   * @return the pacing after the event
   * @throws IllegalArgumentException if the session refuses the event for an argument reason
   * @throws IllegalStateException if the session refuses the event because it cannot happen now
   */
  public synchronized Pacing record(SessionEvent event) {
    MeetingSession next = session.apply(event);
    session = next;
    Instant now = clock.instant();
    return next.pacing(now.isBefore(event.at()) ? event.at() : now, options);
  }
}
