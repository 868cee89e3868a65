package io.github.twentyminute.session;

import static io.github.twentyminute.session.Meetings.startAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.plan.PhaseId;
import org.junit.jupiter.api.Test;

class PacingQueriesTests {
  @Test
  void anOnPlanMeetingIsNeitherBehindNorAheadAndHasNoNudge() {
    Pacing onPlan = startAt(0, 0).cover("i1", 0, 30).pacing(0, 45);

    assertThat(onPlan.drift()).isZero();
    assertThat(onPlan.behind()).isFalse();
    assertThat(onPlan.ahead()).isFalse();
    assertThat(onPlan.nudges()).isEmpty();
    assertThat(onPlan.hasNudge(Nudge.MOVE_TO_PROTECTED_PHASE)).isFalse();
  }

  @Test
  void aMeetingAheadIsNotBehind() {
    Pacing ahead = startAt(0, 0).enter(PhaseId.OVERVIEW, 1, 0).pacing(1, 0);

    assertThat(ahead.ahead()).isTrue();
    assertThat(ahead.behind()).isFalse();
  }

  @Test
  void hasNudgeLooksForTheGivenIdOnly() {
    Pacing late = startAt(0, 0).enter(PhaseId.OVERVIEW, 2, 0)
        .enter(PhaseId.DISCUSSION, 7, 0).cue("discussion.prepared-questions", 7, 0).pacing(18, 30);

    assertThat(late.nudges()).isNotEmpty();
    assertThat(late.hasNudge(Nudge.MOVE_TO_PROTECTED_PHASE)).isTrue();
    assertThat(late.hasNudge("no-such-nudge")).isFalse();
  }
}
