package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveMeetingExampleTests {

  @Test
  void pacesTheSampleMeetingAndPrintsItsTimeline() {
    String printed = TourTests.captureStandardOutput(() -> LiveMeetingExample.main(new String[0]));
    List<String> lines = List.of(printed.split("\n"));

    assertThat(lines.stream().filter(l -> l.startsWith("== "))).containsExactly(
        "== started late ==", "== introduction ran long ==", "== late in the discussion ==",
        "== moved to the ending ==", "== after the meeting ==",
        "== after the meeting, in German ==");
    assertThat(lines.get(1)).startsWith("running in the introduction, 2:00 left, 20:00 left");
    assertThat(lines.get(3)).startsWith("running in the overview, 2:00 left, 17:00 left")
        .contains("behind 1:00");
    assertThat(lines.get(6)).startsWith("  nudge discussion.last-question: 1:20 left");
    assertThat(lines.get(8)).startsWith("running in the ending, 2:00 left, 2:00 left")
        .contains("on plan");
    int after = lines.indexOf("== after the meeting ==");
    assertThat(lines.subList(after + 1, after + 8)).hasSize(7);
    assertThat(lines.get(after + 1)).isEqualTo("total 20:00 against a 20:00 budget");
    assertThat(lines.get(after + 2)).isEqualTo("started 1:10 late");
    assertThat(lines.subList(after + 9, lines.size())).hasSize(7)
        .allSatisfy(line -> assertThat(line).isNotBlank().doesNotContain("{"));
    assertThat(lines.get(after + 9)).isEqualTo("insgesamt 20:00 bei einem Budget von 20:00");
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
