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
    ScoreLine early = scorer.score(followUp, END).lines().get(0);
    ScoreLine late = scorer.score(followUp, END.plus(Duration.ofDays(4))).lines().get(0);

    assertThat(early).hasToString("thank-you-note 75/75 PENDING");
    assertThat(late).hasToString("thank-you-note 0/75 OVERDUE");
    assertThat(early.lost()).isZero();
    assertThat(late.lost()).isEqualTo(75);
    assertThat(LineChange.of(early, late).change()).isEqualTo(-75);
  }

  @Test
  void aScoreShowsItsHeadlineAndADiffShowsTheSignedChange() {
    FollowUpScorer scorer = FollowUpScorer.standard();
    FollowUp followUp = FollowUp.after(END);
    FollowUpScore early = scorer.score(followUp, END);
    FollowUpScore late = scorer.score(followUp, END.plus(Duration.ofDays(4)));

    assertThat(early.total()).isEqualTo(100);
    assertThat(early.count(TaskStatus.PENDING)).isEqualTo(2);
    assertThat(late.total()).isEqualTo(25);
    assertThat(late.count(TaskStatus.OVERDUE)).isEqualTo(1);
    assertThat(late.count(TaskStatus.PENDING)).isEqualTo(1);
    assertThat(ScoreDiff.between(early, late))
        .hasToString("100 -> 25 (-75): 1 changed, 0 added, 0 removed");
    assertThat(ScoreDiff.between(late, early))
        .hasToString("25 -> 100 (+75): 1 changed, 0 added, 0 removed");
    assertThat(ScoreDiff.between(early, early))
        .hasToString("100 -> 100 (+0): 0 changed, 0 added, 0 removed");
  }
}
