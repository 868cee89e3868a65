package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FollowUpValuesTests {
  private static final Instant END = Instant.parse("2026-03-10T15:20:00Z");

  @Test
  void readinessKeepsItsOwnRateAndResearchTarget() {
    Readiness check = Readiness.of(150, 2);

    assertThat(check.wordsPerMinute()).isEqualTo(150);
    assertThat(check.researchNotesWanted()).isEqualTo(2);
    assertThat(check).hasToString("Readiness(150 words a minute, 2 research notes wanted)");
    assertThat(Readiness.of(1, 1).wordsPerMinute()).isEqualTo(1);
    assertThat(Readiness.of(1, 1).researchNotesWanted()).isEqualTo(1);
  }

  @Test
  void readinessRefusesARateOrTargetBelowOne() {
    assertThatThrownBy(() -> Readiness.of(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("words per minute must be at least 1, but was 0");
    assertThatThrownBy(() -> Readiness.of(140, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("research notes wanted must be at least 1, but was 0");
  }

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

    assertThat(early)
        .hasToString("follow-up 100/100 as of 2026-03-10T15:20:00Z: 0 done, 2 pending, 0 overdue");
    assertThat(late)
        .hasToString("follow-up 25/100 as of 2026-03-14T15:20:00Z: 0 done, 1 pending, 1 overdue");
    assertThat(ScoreDiff.between(early, late))
        .hasToString("100 -> 25 (-75): 1 changed, 0 added, 0 removed");
    assertThat(ScoreDiff.between(late, early))
        .hasToString("25 -> 100 (+75): 1 changed, 0 added, 0 removed");
    assertThat(ScoreDiff.between(early, early))
        .hasToString("100 -> 100 (+0): 0 changed, 0 added, 0 removed");
  }
}
