package io.github.twentyminute.session;

import static io.github.twentyminute.session.Meetings.at;
import static io.github.twentyminute.session.Meetings.startAt;
import static io.github.twentyminute.session.Meetings.time;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.plan.PhaseId;
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
    assertThat(timeline.summary()).isEqualTo("total 30:00 against a 20:00 budget (10:00 over)\n"
        + "started 3:00 late\n"
        + "introduction: 2:00 against 2:00\n"
        + "overview: skipped against 2:00\n"
        + "discussion: 28:00 against 14:00 (14:00 over)\n"
        + "ending: skipped against 2:00\n"
        + "cues missed: thanks.opening, overview.career, discussion.prepared-questions,"
        + " ending.ask-for-names, ending.offer-help, thanks.closing\n");
    assertThat(timeline).hasToString("Timeline: total 30:00 against a 20:00 budget (10:00 over)");
  }

  @Test
  void anEarlyStartIsNotLate() {
    Timeline timeline = Meetings.startAt(-1, 0).end(10, 0).session().timeline();

    assertThat(timeline.lateStart()).isEmpty();
    assertThat(timeline.summary()).startsWith("total 11:00 against a 20:00 budget\n"
        + "introduction: 11:00 against 2:00 (9:00 over)\n");
  }

  @Test
  void itemsAreCoveredSkippedOrNotReached() {
    Timeline timeline = lateWithASkip().end(6, 0).session().timeline();

    assertThat(timeline.item("i1").outcome()).isEqualTo(ItemOutcome.SKIPPED);
    assertThat(timeline.item("i2").outcome()).isEqualTo(ItemOutcome.COVERED);
    assertThat(timeline.item("q1").outcome()).isEqualTo(ItemOutcome.NOT_REACHED);
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
    assertThat(timeline.summary()).startsWith("total 30:00 against a 20:00 budget (10:00 over)\n");
  }
}
