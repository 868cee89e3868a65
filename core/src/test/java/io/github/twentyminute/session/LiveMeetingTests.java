package io.github.twentyminute.session;

import static io.github.twentyminute.session.Meetings.at;
import static io.github.twentyminute.session.Meetings.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.plan.PhaseId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LiveMeetingTests {
  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now;

    HandClock(Instant now) {
      this.now = now;
    }

    void set(int minutes, int seconds) {
      now = at(minutes, seconds);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("not needed");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void recordsEachCallAtTheClocksInstant() {
    HandClock clock = new HandClock(at(0, 0));
    LiveMeeting live = LiveMeeting.of(Meetings.agenda(), clock);

    live.start();
    clock.set(0, 30);
    live.cover("i1");
    clock.set(2, 0);
    Pacing pacing = live.enter(PhaseId.OVERVIEW);
    clock.set(3, 0);

    assertThat(pacing.currentPhase()).contains(PhaseId.OVERVIEW);
    assertThat(live.session().events()).containsExactly(
        SessionEvent.started(at(0, 0)),
        SessionEvent.itemCovered(at(0, 30), "i1"),
        SessionEvent.phaseEntered(at(2, 0), PhaseId.OVERVIEW));
    assertThat(live.pacing()).isEqualTo(live.session().pacing(at(3, 0)));
    assertThat(live.pacing().phaseElapsed()).isEqualTo(time(1, 0));
  }

  @Test
  void recordPacesAtTheEventsInstantWhenTheClockIsBehindIt() {
    HandClock clock = new HandClock(at(0, 0));
    LiveMeeting live = LiveMeeting.of(Meetings.agenda(), clock);
    live.start();

    Pacing ahead = live.record(SessionEvent.itemCovered(at(0, 40), "i1"));
    clock.set(1, 0);
    Pacing behind = live.record(SessionEvent.itemCovered(at(0, 50), "i2"));

    assertThat(ahead.at()).isEqualTo(at(0, 40));
    assertThat(ahead.meetingElapsed()).isEqualTo(time(0, 40));
    assertThat(behind.at()).isEqualTo(at(1, 0));
    assertThat(behind.meetingElapsed()).isEqualTo(time(1, 0));
  }

  @Test
  void correctsALateTappedStart() {
    HandClock clock = new HandClock(at(0, 0));
    LiveMeeting live = LiveMeeting.of(Meetings.agenda(), clock);
    live.start();
    clock.set(5, 0);

    Pacing pacing = live.correctStart(at(4, 0));

    assertThat(pacing.lateStart()).contains(time(4, 0));
    assertThat(pacing.meetingElapsed()).isEqualTo(time(1, 0));
    assertThat(live.session().startedAt()).contains(at(4, 0));
  }

  @Test
  void pausesResumesAndEnds() {
    HandClock clock = new HandClock(at(0, 0));
    LiveMeeting live = LiveMeeting.of(Meetings.agenda(), clock);
    live.start();
    clock.set(1, 0);
    live.pause();
    clock.set(4, 0);
    live.resume();
    clock.set(5, 0);
    live.skip("i2");
    live.cueDone("thanks.opening");
    Pacing ended = live.end();

    assertThat(ended.status()).isEqualTo(SessionStatus.ENDED);
    assertThat(live.timeline().total()).isEqualTo(time(2, 0));
    assertThat(live.timeline().paused()).isEqualTo(Duration.ofMinutes(3));
  }

  @Test
  void aRefusedCallLeavesTheMeetingAsItWas() {
    HandClock clock = new HandClock(at(0, 0));
    LiveMeeting live = LiveMeeting.of(Meetings.agenda(), clock);
    live.start();
    MeetingSession before = live.session();

    assertThatThrownBy(live::resume)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot resume: the meeting is not paused (it is RUNNING); Resumed at"
            + " 2026-03-10T15:00:00Z needs a Paused event before it");
    assertThat(live.session()).isSameAs(before);
  }

  @Test
  void reopensAStoredSession() {
    MeetingSession stored = Meetings.startAt(0, 0).enter(PhaseId.DISCUSSION, 2, 0).session();
    HandClock clock = new HandClock(at(3, 0));

    LiveMeeting live = LiveMeeting.reopen(stored, clock,
        PacingOptions.builder().endPolicy(EndPolicy.CEILING).build());
    clock.set(4, 0);

    assertThat(live.pacing().phaseElapsed()).isEqualTo(time(2, 0));
    assertThatThrownBy(live::timeline).isInstanceOf(IllegalStateException.class);
  }
}
