package io.github.twentyminute.session;

import static io.github.twentyminute.session.Meetings.at;
import static io.github.twentyminute.session.Meetings.startAt;
import static io.github.twentyminute.session.Meetings.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.plan.PhaseId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimelineTests {
  private static Meetings lateWithASkip() {
    return startAt(3, 0).then(SessionEvent.itemSkipped(at(3, 0), "i1"))
        .cover("i2", 4, 0).cover("i3", 5, 0)
        .enter(PhaseId.DISCUSSION, 5, 0);
  }

  @Test
  void aLateStartIsMeasuredAndSummarized() {
    Timeline timeline = lateWithASkip().end(33, 0).session().timeline();

    assertThat(timeline.lateStart()).contains(time(3, 0));
    assertThat(timeline.total()).isEqualTo(time(30, 0));
    assertThat(timeline.withinCeiling()).isTrue();
    assertThat(timeline.overCeiling()).isZero();
    List<Finding> lines = timeline.findings();
    assertThat(lines).extracting(Finding::key).containsExactly("timeline.total.over-budget",
        "timeline.late-start", "timeline.phase", "timeline.phase.skipped", "timeline.phase.over",
        "timeline.phase.skipped", "timeline.cues.missed");
    assertThat(lines.get(1).arguments().duration("late")).isEqualTo(time(3, 0));
    assertThat(lines.get(4).arguments().asMap()).containsExactly(entry("phase", "discussion"),
        entry("planned", time(14, 0)), entry("actual", time(28, 0)), entry("over", time(14, 0)));
    assertThat(lines.get(6).arguments().count("missed")).isEqualTo(6);
    assertThat(timeline.summary()).hasLineCount(7);
    assertThat(timeline.summary(Locale.GERMAN)).hasLineCount(7).doesNotContain("{");
    assertThat(timeline.toString()).isEqualTo("Timeline: " + lines.get(0).message());
  }

  @Test
  void anEarlyStartIsNotLate() {
    Timeline timeline = Meetings.startAt(-1, 0).end(10, 0).session().timeline();

    assertThat(timeline.lateStart()).isEmpty();
    assertThat(timeline.findings()).extracting(Finding::key)
        .startsWith("timeline.total", "timeline.phase.over");
  }

  @Test
  void itemsAreCoveredSkippedOrNotReached() {
    Timeline timeline = lateWithASkip().end(6, 0).session().timeline();

    assertThat(timeline.item("i1").outcome()).isEqualTo(ItemTimeline.Outcome.SKIPPED);
    assertThat(timeline.item("i2").outcome()).isEqualTo(ItemTimeline.Outcome.COVERED);
    assertThat(timeline.item("q1").outcome()).isEqualTo(ItemTimeline.Outcome.NOT_REACHED);
    assertThat(timeline.item("i2")).hasToString("i2 COVERED 1:00 against 0:30");
    assertThat(timeline.item("q1")).hasToString("q1 NOT_REACHED 0:00 against 3:00");
  }

  @Test
  void cuesDoneAndMissedAreSeparated() {
    Timeline timeline = lateWithASkip().end(6, 0).session().timeline();

    assertThat(timeline.cuesDone()).extracting(c -> c.cue().id())
        .containsExactly("intro.small-talk", "intro.purpose");
    assertThat(timeline.cues()).extracting(CueOutcome::toString).contains(
        "intro.small-talk done", "thanks.opening missed");
  }

  @Test
  void phasesTellWhetherTheyKeptTheirTimeBox() {
    Timeline timeline = lateWithASkip().end(6, 0).session().timeline();

    PhaseTimeline introduction = timeline.phase(PhaseId.INTRODUCTION);
    assertThat(introduction.withinTimeBox()).isTrue();
    assertThat(introduction).hasToString("introduction 2:00 against 2:00 (1:00/2:00/2:00)");
    assertThat(timeline.phase(PhaseId.OVERVIEW))
        .hasToString("overview skipped against 2:00 (1:00/2:00/3:00)");
    assertThat(timeline.phase(PhaseId.DISCUSSION).withinTimeBox()).isFalse();
  }

  @Test
  void aMeetingEndingAtItsHardCeilingIsWithinIt() {
    Timeline timeline = startAt(0, 0).end(30, 0).session().timeline();

    assertThat(timeline.withinCeiling()).isTrue();
    assertThat(timeline.findings().get(0).key()).isEqualTo("timeline.total.over-budget");
  }
}
