package io.github.twentyminute.session;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.time.Instant;

/** Builds sessions of the sample meeting in a few words, with times in minutes and seconds. */
final class Meetings {
  static final Instant T0 = SampleMeeting.SCHEDULED_START;

  private MeetingSession session = MeetingSession.of(agenda());

  /** Returns a new sample agenda, built by the calling test so that its building is measured. */
  static Agenda agenda() {
    return SampleMeeting.agenda();
  }

  static Instant at(int minutes, int seconds) {
    return T0.plusSeconds(minutes * 60L + seconds);
  }

  static Duration time(int minutes, int seconds) {
    return Duration.ofSeconds(minutes * 60L + seconds);
  }

  static Meetings startAt(int minutes, int seconds) {
    Meetings meetings = new Meetings();
    meetings.session = meetings.session.apply(SessionEvent.started(at(minutes, seconds)));
    return meetings;
  }

  Meetings enter(PhaseId phase, int minutes, int seconds) {
    return then(SessionEvent.phaseEntered(at(minutes, seconds), phase));
  }

  Meetings cover(String item, int minutes, int seconds) {
    return then(SessionEvent.itemCovered(at(minutes, seconds), item));
  }

  Meetings cue(String cue, int minutes, int seconds) {
    return then(SessionEvent.cueDone(at(minutes, seconds), cue));
  }

  Meetings pause(int minutes, int seconds) {
    return then(SessionEvent.paused(at(minutes, seconds)));
  }

  Meetings resume(int minutes, int seconds) {
    return then(SessionEvent.resumed(at(minutes, seconds)));
  }

  Meetings end(int minutes, int seconds) {
    return then(SessionEvent.ended(at(minutes, seconds)));
  }

  Meetings then(SessionEvent event) {
    session = session.apply(event);
    return this;
  }

  MeetingSession session() {
    return session;
  }

  /** Returns the session as it was known at an instant: the events recorded up to then. */
  MeetingSession asOf(int minutes, int seconds) {
    Instant cut = at(minutes, seconds);
    return MeetingSession.replay(session.agenda(), session.events().stream()
        .filter(e -> !e.at().isAfter(cut)).collect(java.util.stream.Collectors.toList()));
  }

  /** Returns the pacing at an instant of the session as it was known then. */
  Pacing pacingAsOf(int minutes, int seconds) {
    return asOf(minutes, seconds).pacing(at(minutes, seconds));
  }

  Pacing pacing(int minutes, int seconds) {
    return session.pacing(at(minutes, seconds));
  }

  Pacing pacing(int minutes, int seconds, PacingOptions options) {
    return session.pacing(at(minutes, seconds), options);
  }

  /** The sample meeting exactly to plan, up to and including the ending's last item. */
  static Meetings punctual() {
    return startAt(0, 0)
        .cover("i1", 0, 30).cover("i2", 1, 0).cover("i3", 2, 0)
        .enter(PhaseId.OVERVIEW, 2, 0).cover("o1", 4, 0)
        .enter(PhaseId.DISCUSSION, 4, 0).cue("discussion.prepared-questions", 4, 0)
        .cover("q1", 7, 0).cover("q2", 10, 0).cover("q3", 12, 30).cover("q4", 14, 30)
        .cover("q5", 16, 30).cover("q6", 18, 0)
        .enter(PhaseId.ENDING, 18, 0)
        .cover("e1", 18, 45).cover("e2", 19, 30).cover("e3", 20, 0);
  }
}
