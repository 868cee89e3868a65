package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LiveMeetingExampleTests {

  @Test
  void pacesTheSampleMeetingAndPrintsItsTimeline() {
    String printed = TourTests.captureStandardOutput(() -> LiveMeetingExample.main(new String[0]));

    assertThat(printed).isEqualTo(""
        + "== started late ==\n"
        + "RUNNING in introduction 2:00 left, 20:00 left in the meeting, on plan\n"
        + "== introduction ran long ==\n"
        + "RUNNING in overview 2:00 left, 17:00 left in the meeting, behind 1:00: the"
        + " introduction took 3:00 against 2:00\n"
        + "== late in the discussion ==\n"
        + "RUNNING in discussion 1:20 left, 3:20 left in the meeting, behind 1:40: the"
        + " introduction took 3:00 against 2:00; the overview took 2:40 against 2:00\n"
        + "  nudge discussion.last-question: 1:20 left for the discussion: pick your last"
        + " question\n"
        + "== moved to the ending ==\n"
        + "RUNNING in ending 2:00 left, 2:00 left in the meeting, on plan: the discussion took"
        + " 12:20 against 14:00; the introduction took 3:00 against 2:00; the overview took 2:40"
        + " against 2:00\n"
        + "== after the meeting ==\n"
        + "total 20:00 against a 20:00 budget\n"
        + "started 1:10 late\n"
        + "introduction: 3:00 against 2:00 (1:00 over)\n"
        + "overview: 2:40 against 2:00 (0:40 over)\n"
        + "discussion: 12:20 against 14:00\n"
        + "ending: 2:00 against 2:00\n"
        + "every required cue done\n");
  }

  @Test
  void simulatedClockMovesOnlyForward() {
    SimulatedClock clock = new SimulatedClock(Instant.parse("2026-03-10T15:00:00Z"));

    clock.advance(Duration.ofSeconds(90));

    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-10T15:01:30Z"));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2026-03-10T15:01:30Z").toEpochMilli());
    assertThatThrownBy(() -> clock.set(Instant.parse("2026-03-10T15:01:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a clock moves forward only, but the step was PT-30S");
  }
}
