package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.testing.SampleMeeting;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FollowUpTextsTests {
  private static final Instant END = Instant.parse("2026-03-10T15:20:00Z");
  private static final String NL = System.lineSeparator();

  private static FollowUp promised() {
    return FollowUp.after(END)
        .withCommitment(Commitment.myPromise("c1", "Send the report", END))
        .markDone("thank-you-note", END.plusSeconds(3600));
  }

  @Test
  void aFollowUpScoreSummaryListsEveryLineAndTheNextActionsInOrder() {
    FollowUp followUp = promised();
    FollowUpScore score = FollowUpScorer.standard().score(followUp, END.plusSeconds(7200));

    assertThat(followUp).hasToString("FollowUp of the meeting ended 2026-03-10T15:20:00Z:"
        + " 1 commitments, 1 of 3 tasks done");
    assertThat(score.summary()).isEqualTo("follow-up 100/100 as of 2026-03-10T17:20:00Z: 1 done,"
        + " 2 pending, 0 overdue" + NL
        + "   43/43  Send your counterpart a thank-you note" + NL
        + "          done 1:00:00 after the meeting, within the ideal 1 day: 43 of 43 points"
        + NL
        + "   43/43  Deliver what you promised: Send the report" + NL
        + "          not done yet; ideal within 2 days after the meeting (by"
        + " 2026-03-12T15:20:00Z, 1 day 22 h left), maximum 7 days: pending, 43 of 43 points so far"
        + NL
        + "   14/14  Get back in touch with your counterpart" + NL
        + "          not done yet; ideal within 60 days after the meeting (by"
        + " 2026-05-09T15:20:00Z, 59 days 22 h left), maximum 90 days: pending, 14 of 14"
        + " points so far" + NL
        + "Next:" + NL
        + "  1. Deliver what you promised: Send the report by 2026-03-12T15:20:00Z (1 day 22 h"
        + " left) for all 43 points" + NL
        + "  2. Get back in touch with your counterpart by 2026-05-09T15:20:00Z (59 days"
        + " 22 h left) for all 14 points");
    assertThat(score.nextActions().get(0)).hasToString(score.nextActions().get(0).text());
    assertThat(followUp.tasks().get(0))
        .hasToString("thank-you-note due 2026-03-11T15:20:00Z..2026-03-13T15:20:00Z");
  }

  @Test
  void aScoreWithNothingLeftToDoHasNoNextSection() {
    FollowUp followUp = FollowUp.after(END).markDone("thank-you-note", END.plusSeconds(60))
        .markDone("next-touchpoint", END.plusSeconds(120));

    String summary = FollowUpScorer.standard().score(followUp, END.plusSeconds(300)).summary();

    assertThat(summary).doesNotContain("Next:").startsWith("follow-up 100/100");
  }

  @Test
  void theScorerNamesItsPolicy() {
    assertThat(FollowUpScorer.standard())
        .hasToString("FollowUpScorer(linear 100% at ideal to 50% at maximum, late 25%)");
    assertThat(ScoringPolicy.of(100, 100).creditAtMaximumPercent()).isEqualTo(100);
  }

  @Test
  void pointsAfterTheMaximumAreTheLateCreditAndZeroPointsCanBeShared() {
    FollowUpTask task = promised().tasks().get(0);
    FollowUpScorer scorer = FollowUpScorer.standard();

    assertThat(scorer.pointsIfDoneAt(task, 40, task.maximumDue().plusSeconds(1))).isEqualTo(10);
    assertThat(scorer.pointsIfDoneAt(task, 0, task.idealDue())).isZero();
    assertThat(FollowUpScorer.share(new int[] {1, 2}, 0)).containsExactly(0, 0);
  }

  @Test
  void aPreparationSummaryListsEveryCheck() {
    PreparationScore score = Readiness.standard().score(SampleMeeting.agenda());

    assertThat(score.summary()).isEqualTo("preparation 100/100; ready" + NL
        + "   25/25  counterpart-researched: 3 research notes on Dana Reyes, from LinkedIn,"
        + " company site, conference programme; 3 wanted: 25 of 25 points" + NL
        + "   25/25  questions-linked: 6 of 6 questions link a research note: 25 of 25 points"
        + NL
        + "   20/20  overview-speakable: 88 words take 0:38 at 140 words a minute, within the"
        + " overview's 2:00 target: 20 of 20 points" + NL
        + "   10/10  purpose-stated: purpose stated in 21 words: 10 of 10 points" + NL
        + "   20/20  checklist-done: 5 of 5 preparation steps done: 20 of 20 points");
    assertThat(score.lines().get(0)).hasToString("counterpart-researched 25/25");
  }

  @Test
  void aPreparationScoreNeedsOneLinePerCheckInOrder() {
    PreparationScore score = Readiness.standard().score(SampleMeeting.agenda());
    java.util.List<ReadinessLine> swapped = new java.util.ArrayList<>(score.lines());
    java.util.Collections.swap(swapped, 3, 4);

    assertThatThrownBy(() -> PreparationScore.of(swapped))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preparation score needs one line per check in the order [COUNTERPART_RESEARCHED,"
            + " QUESTIONS_LINKED, OVERVIEW_SPEAKABLE, PURPOSE_STATED, CHECKLIST_DONE], but has lines"
            + " for [COUNTERPART_RESEARCHED, QUESTIONS_LINKED, OVERVIEW_SPEAKABLE, CHECKLIST_DONE,"
            + " PURPOSE_STATED]");
  }
}
