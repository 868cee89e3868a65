package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FollowUpValuesTests {
  private static final Instant END = Instant.parse("2026-03-10T15:20:00Z");

  @Test
  void aLineLostWhatItDidNotEarnAndAChangeIsLaterMinusEarlier() {
    FollowUpScorer scorer = FollowUpScorer.standard();
    FollowUp followUp = FollowUp.after(END);
    ScoreLine open = scorer.score(followUp, END).lines().get(0);
    ScoreLine done = scorer.score(followUp.markDone(TaskId.THANK_YOU_NOTE, END.plusSeconds(60)),
        END.plus(Duration.ofDays(4))).lines().get(0);

    assertThat(open).hasToString("thank-you-note 0/75 PENDING");
    assertThat(done).hasToString("thank-you-note 75/75 DONE_IN_IDEAL");
    assertThat(open.lost()).isEqualTo(75);
    assertThat(done.lost()).isZero();
    assertThat(ScoreDiff.LineChange.of(open, done).change()).isEqualTo(75);
  }

  @Test
  void aScoreShowsItsHeadlineAndADiffShowsTheSignedChange() {
    FollowUpScorer scorer = FollowUpScorer.standard();
    FollowUp followUp = FollowUp.after(END);
    FollowUpScore early = scorer.score(followUp, END);
    FollowUpScore late = scorer.score(followUp.markDone(TaskId.THANK_YOU_NOTE,
        END.plus(Duration.ofDays(5))), END.plus(Duration.ofDays(5)));

    assertThat(early.total()).isZero();
    assertThat(early.count(TaskStatus.PENDING)).isEqualTo(2);
    assertThat(late.total()).isEqualTo(19);
    assertThat(late.count(TaskStatus.DONE_AFTER_MAXIMUM)).isEqualTo(1);
    assertThat(late.count(TaskStatus.PENDING)).isEqualTo(1);
    assertThat(ScoreDiff.between(early, late))
        .hasToString("0 -> 19 (+19): 1 changed, 0 added, 0 removed");
    assertThat(ScoreDiff.between(late, early))
        .hasToString("19 -> 0 (-19): 1 changed, 0 added, 0 removed");
    assertThat(ScoreDiff.between(early, early))
        .hasToString("0 -> 0 (+0): 0 changed, 0 added, 0 removed");
  }
}
