package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Contact;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FollowUpScorerTests {
  private static final Instant END = Instant.parse("2026-03-10T15:20:00Z");
  private static final Instant DURING = END.minusSeconds(120);
  private static final FollowUpScorer SCORER = FollowUpScorer.standard();

  /**
   * One case per task kind, on the standard policy: the follow-up, the task, its share of the
   * points, its ideal and maximum windows, and its points exactly at the maximum (50%), halfway
   * (75%) and late (25%), each rounded to the nearest point, halves up.
   */
  static Stream<Arguments> kinds() {
    FollowUp plain = FollowUp.after(END);
    return Stream.of(
        Arguments.of(plain, "thank-you-note", 75, Duration.ofHours(24), Duration.ofHours(72),
            38, 56, 19),
        Arguments.of(plain, "next-touchpoint", 25, Duration.ofDays(60), Duration.ofDays(90),
            13, 19, 6),
        Arguments.of(plain.withCommitment(Commitment.myPromise("c1", "Send the report", DURING)),
            "deliver-promise:c1", 43, Duration.ofDays(2), Duration.ofDays(7), 22, 32, 11),
        Arguments.of(plain.withCommitment(Commitment.referral("c1", Contact.named("Lee Park"),
            "how they hire", DURING)),
            "contact-referral:c1", 33, Duration.ofDays(3), Duration.ofDays(14), 17, 25, 8),
        Arguments.of(plain.withCommitment(Commitment.theirOffer("c1", "Review my CV", DURING)),
            "take-up-offer:c1", 33, Duration.ofDays(3), Duration.ofDays(14), 17, 25, 8),
        Arguments.of(plain.withCommitment(Commitment.advice("c1", "Take the SQL course", DURING)),
            "report-back:c1", 33, Duration.ofDays(14), Duration.ofDays(30), 17, 25, 8));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("kinds")
  void doneExactlyAtTheIdealEarnsFullCredit(FollowUp followUp, String task, int possible,
      Duration ideal, Duration maximum, int atMax, int halfway, int late) {
    ScoreLine line = lineDone(followUp, task, END.plus(ideal));

    assertThat(line.status()).isEqualTo(TaskStatus.DONE_IN_IDEAL);
    assertThat(line.possible()).isEqualTo(possible);
    assertThat(line.earned()).isEqualTo(possible);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("kinds")
  void doneOneSecondAfterTheIdealIsLateButRoundsToFullCredit(FollowUp followUp, String task,
      int possible, Duration ideal, Duration maximum, int atMax, int halfway, int late) {
    ScoreLine line = lineDone(followUp, task, END.plus(ideal).plusSeconds(1));

    assertThat(line.status()).isEqualTo(TaskStatus.DONE_LATE);
    assertThat(line.earned()).isEqualTo(possible);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("kinds")
  void doneHalfwayToTheMaximumEarnsThreeQuarters(FollowUp followUp, String task, int possible,
      Duration ideal, Duration maximum, int atMax, int halfway, int late) {
    Instant done = END.plus(ideal).plus(maximum.minus(ideal).dividedBy(2));

    assertThat(lineDone(followUp, task, done).earned()).isEqualTo(halfway);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("kinds")
  void doneExactlyAtTheMaximumEarnsHalf(FollowUp followUp, String task, int possible,
      Duration ideal, Duration maximum, int atMax, int halfway, int late) {
    ScoreLine line = lineDone(followUp, task, END.plus(maximum));

    assertThat(line.status()).isEqualTo(TaskStatus.DONE_LATE);
    assertThat(line.earned()).isEqualTo(atMax);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("kinds")
  void doneOneSecondAfterTheMaximumEarnsTheLateFloor(FollowUp followUp, String task,
      int possible, Duration ideal, Duration maximum, int atMax, int halfway, int late) {
    ScoreLine line = lineDone(followUp, task, END.plus(maximum).plusSeconds(1));

    assertThat(line.status()).isEqualTo(TaskStatus.DONE_AFTER_MAXIMUM);
    assertThat(line.earned()).isEqualTo(late);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("kinds")
  void notDoneAtTheIdealIsPendingWithFullCredit(FollowUp followUp, String task, int possible,
      Duration ideal, Duration maximum, int atMax, int halfway, int late) {
    ScoreLine line = SCORER.score(followUp, END.plus(ideal)).line(task).orElseThrow();

    assertThat(line.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(line.earned()).isEqualTo(possible);
    assertThat(line.doneAt()).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("kinds")
  void notDoneAtTheMaximumIsPendingWithWhatItWouldEarnNow(FollowUp followUp, String task,
      int possible, Duration ideal, Duration maximum, int atMax, int halfway, int late) {
    ScoreLine line = SCORER.score(followUp, END.plus(maximum)).line(task).orElseThrow();

    assertThat(line.status()).isEqualTo(TaskStatus.PENDING_PAST_IDEAL);
    assertThat(line.earned()).isEqualTo(atMax);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("kinds")
  void notDoneOneSecondAfterTheMaximumIsOverdueWithNothing(FollowUp followUp, String task,
      int possible, Duration ideal, Duration maximum, int atMax, int halfway, int late) {
    ScoreLine line = SCORER.score(followUp, END.plus(maximum).plusSeconds(1)).line(task)
        .orElseThrow();

    assertThat(line.status()).isEqualTo(TaskStatus.OVERDUE);
    assertThat(line.earned()).isZero();
  }

  @Test
  void thankYouNoteSentAfterFortyHoursLosesTwelvePointsWithTheReason() {
    FollowUpScore score = SCORER.score(
        FollowUp.after(END).markDone("thank-you-note", END.plus(Duration.ofHours(40))),
        END.plus(Duration.ofDays(3)));

    ScoreLine line = score.line("thank-you-note").orElseThrow();
    assertThat(line.earned()).isEqualTo(63); // 75 * (50% + 50% * 32/48) = 62.5, halves up
    assertThat(line.doneAt()).contains(END.plus(Duration.ofHours(40)));
    assertThat(line.reason()).isEqualTo("done 1 day 16 h after the meeting, 16:00:00 past the"
        + " ideal 1 day but within the maximum 3 days; credit falls linearly from 100% at"
        + " the ideal to 50% at the maximum: 63 of 75 points");
    assertThat(score.total()).isEqualTo(88);
    assertThat(score.lost()).isEqualTo(12);
  }

  @Test
  void reasonsExplainPendingAndOverdueTasks() {
    FollowUp followUp = FollowUp.after(END);

    assertThat(SCORER.score(followUp, END.plus(Duration.ofHours(6))).lines().get(0).reason())
        .isEqualTo("not done yet; ideal within 1 day after the meeting (by"
            + " 2026-03-11T15:20:00Z, 18:00:00 left), maximum 3 days: pending, 75 of 75 points"
            + " so far");
    assertThat(SCORER.score(followUp, END.plus(Duration.ofHours(48))).lines().get(0).reason())
        .isEqualTo("not done yet, 2 days after the meeting, 1 day past the ideal"
            + " 1 day; done now it earns 56 of 75 points, falling to 38 at the maximum 3 days"
            + " (by 2026-03-13T15:20:00Z, 1 day left)");
    assertThat(SCORER.score(followUp, END.plus(Duration.ofDays(4))).lines().get(0).reason())
        .isEqualTo("not done, and the maximum 3 days after the meeting passed at"
            + " 2026-03-13T15:20:00Z, 1 day ago: 0 of 75 points; done late it would still"
            + " earn 19");
    assertThat(SCORER.score(followUp.markDone("thank-you-note", END.plus(Duration.ofDays(5))),
        END.plus(Duration.ofDays(6))).lines().get(0).reason())
        .isEqualTo("done 5 days after the meeting, 2 days past the maximum 3 days; late"
            + " credit is 25%: 19 of 75 points");
    assertThat(SCORER.score(followUp.markDone("thank-you-note", END.plusSeconds(5400)),
        END.plus(Duration.ofDays(6))).lines().get(0).reason())
        .isEqualTo("done 1:30:00 after the meeting, within the ideal 1 day: 75 of 75 points");
  }

  @Test
  void ownDueTimeIsBothIdealAndMaximum() {
    Instant due = Instant.parse("2026-03-13T17:00:00Z");
    FollowUp followUp = FollowUp.after(END)
        .withCommitment(Commitment.myPromise("c1", "Send the report", DURING).withDueBy(due));

    ScoreLine onTime = lineDone(followUp, "deliver-promise:c1", due);
    ScoreLine late = lineDone(followUp, "deliver-promise:c1", due.plusSeconds(1));
    ScoreLine pending = SCORER.score(followUp, due).line("deliver-promise:c1").orElseThrow();
    ScoreLine overdue = SCORER.score(followUp, due.plusSeconds(1)).line("deliver-promise:c1")
        .orElseThrow();

    assertThat(onTime.status()).isEqualTo(TaskStatus.DONE_IN_IDEAL);
    assertThat(onTime.earned()).isEqualTo(43);
    assertThat(onTime.reason()).isEqualTo("done at 2026-03-13T17:00:00Z, by its own due time"
        + " 2026-03-13T17:00:00Z: 43 of 43 points");
    assertThat(late.status()).isEqualTo(TaskStatus.DONE_AFTER_MAXIMUM);
    assertThat(late.earned()).isEqualTo(11);
    assertThat(late.reason()).isEqualTo("done at 2026-03-13T17:00:01Z, 0:01 after its own due"
        + " time 2026-03-13T17:00:00Z; late credit is 25%: 11 of 43 points");
    assertThat(pending.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(pending.reason()).isEqualTo("not done yet; due by its own due time"
        + " 2026-03-13T17:00:00Z (0:00 left): pending, 43 of 43 points so far");
    assertThat(overdue.status()).isEqualTo(TaskStatus.OVERDUE);
    assertThat(overdue.reason()).isEqualTo("not done, and its own due time 2026-03-13T17:00:00Z"
        + " passed 0:01 ago: 0 of 43 points; done late it would still earn 11");
  }

  @Test
  void completionAfterTheInstantScoredIsNotYetKnown() {
    FollowUp followUp = FollowUp.after(END).markDone("thank-you-note", END.plus(Duration.ofDays(2)));

    ScoreLine line = SCORER.score(followUp, END.plus(Duration.ofDays(1))).lines().get(0);
    assertThat(line.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(line.doneAt()).isEmpty();
  }

  @Test
  void pointsAreSharedByWeightWithLargestRemainders() {
    assertThat(FollowUpScorer.share(new int[] {3, 3, 1}, 100)).containsExactly(43, 43, 14);
    assertThat(FollowUpScorer.share(new int[] {3, 2, 1}, 100)).containsExactly(50, 33, 17);
    assertThat(FollowUpScorer.share(new int[] {1, 1, 1}, 100)).containsExactly(34, 33, 33);
    assertThat(FollowUpScorer.share(new int[] {2}, 100)).containsExactly(100);
  }

  @Test
  void shareRejectsMisuse() {
    assertThatThrownBy(() -> FollowUpScorer.share(new int[0], 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot share 100 points among no weights");
    assertThatThrownBy(() -> FollowUpScorer.share(new int[] {1, 0}, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must be at least 1, but one was 0");
  }

  @Test
  void nextActionsComeEarliestDeadlineFirstThenMostPointsFirst() {
    FollowUp followUp = FollowUp.after(END)
        .withCommitment(Commitment.referral("c1", Contact.named("Lee Park"), "hiring", DURING))
        .withCommitment(Commitment.theirOffer("c2", "Review my CV", DURING))
        .withCommitment(Commitment.myPromise("c3", "Send the report", DURING)
            .withDueBy(END.plus(Duration.ofDays(3))))
        .withCommitment(Commitment.myPromise("c4", "Send the article", DURING));
    FollowUpScore score = SCORER.score(followUp, END.plus(Duration.ofHours(80)));

    // overdue since 72 h: the thank-you note and c3 (its own due time), 22 points each, so in
    // task order; then c4 (maximum at 7 days), then c1 and c2 (maximum at 14 days)
    assertThat(score.nextActions()).extracting(a -> a.task().id()).containsExactly(
        "thank-you-note", "deliver-promise:c3", "deliver-promise:c4", "contact-referral:c1",
        "take-up-offer:c2", "next-touchpoint");
    NextAction first = score.nextActions().get(0);
    assertThat(first.status()).isEqualTo(TaskStatus.OVERDUE);
    assertThat(first.deadline()).isEqualTo(END.plus(Duration.ofHours(72)));
    assertThat(first.timeLeft()).isEqualTo(Duration.ofHours(-8));
    assertThat(first.text()).isEqualTo("Send your counterpart a thank-you note: overdue since"
        + " 2026-03-13T15:20:00Z (8:00:00 ago); done now it still earns 6 of 22 points");
    NextAction waiting = score.nextActions().get(2);
    assertThat(waiting.status()).isEqualTo(TaskStatus.PENDING_PAST_IDEAL);
    // 21 points at 50% + 50% * 88/120 (32 of the 120 hours between ideal and maximum gone)
    assertThat(waiting.worthNow()).isEqualTo(18);
    assertThat(waiting.text()).isEqualTo("Deliver what you promised: Send the article now: worth"
        + " 18 of 21 points, less the longer it waits, until 2026-03-17T15:20:00Z (3 days 16 h"
        + " left)");
  }

  @Test
  void nextActionsTieBreakOnPointsThenTaskOrder() {
    FollowUp followUp = FollowUp.after(END)
        .withCommitment(Commitment.theirOffer("c1", "Review my CV", DURING))
        .withCommitment(Commitment.referral("c2", Contact.named("Lee Park"), "hiring", DURING))
        .withCommitment(Commitment.myPromise("c3", "Send the report", DURING)
            .withDueBy(END.plus(Duration.ofDays(3))));
    FollowUpScore score = SCORER.score(followUp, END);

    // c1, c2 and c3 are all due at 3 days; c3 (27 points) has the most, then c1 and c2 (18
    // each) in task order
    assertThat(score.nextActions()).extracting(a -> a.task().id()).containsExactly(
        "thank-you-note", "deliver-promise:c3", "take-up-offer:c1", "contact-referral:c2",
        "next-touchpoint");
    assertThat(score.nextActions().get(0).text()).isEqualTo("Send your counterpart a thank-you"
        + " note by 2026-03-11T15:20:00Z (1 day left) for all 28 points");
  }

  @Test
  void everyTaskDoneLeavesNothingToDo() {
    FollowUp followUp = FollowUp.after(END).markDone("thank-you-note", END)
        .markDone("next-touchpoint", END.plus(Duration.ofDays(30)));

    FollowUpScore score = SCORER.score(followUp, END.plus(Duration.ofDays(31)));
    assertThat(score.total()).isEqualTo(100);
    assertThat(score.nextActions()).isEmpty();
    assertThat(score).hasToString("follow-up 100/100 as of 2026-04-10T15:20:00Z: 2 done, 0"
        + " pending, 0 overdue");
  }

  @Test
  void diffShowsWhatChanged() {
    FollowUp followUp = FollowUp.after(END);
    FollowUpScore monday = SCORER.score(followUp, END);
    FollowUp later = followUp.markDone("thank-you-note", END.plus(Duration.ofHours(48)))
        .withCommitment(Commitment.advice("c1", "Take the SQL course", END.plusSeconds(60)));
    FollowUpScore wednesday = SCORER.score(later, END.plus(Duration.ofHours(48)));

    ScoreDiff diff = wednesday.diff(monday);
    assertThat(diff.earlierTotal()).isEqualTo(100);
    // shares 50, 33, 17; the note done at 48 h earns 75% of 50, rounded up to 38
    assertThat(diff.laterTotal()).isEqualTo(38 + 33 + 17);
    assertThat(diff.change()).isEqualTo(-12);
    assertThat(diff.added()).extracting(l -> l.task().id()).containsExactly("report-back:c1");
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).extracting(LineChange::toString).containsExactly(
        "thank-you-note 75 -> 38 (PENDING -> DONE_LATE)",
        "next-touchpoint 25 -> 17 (PENDING -> PENDING)");
    assertThat(diff.isUnchanged()).isFalse();
    assertThat(wednesday.diff(wednesday).isUnchanged()).isTrue();
  }

  @Test
  void scoresAsOfTheClock() {
    Clock clock = Clock.fixed(END.plus(Duration.ofDays(4)), ZoneOffset.UTC);

    assertThat(SCORER.score(FollowUp.after(END), clock))
        .isEqualTo(SCORER.score(FollowUp.after(END), END.plus(Duration.ofDays(4))));
  }

  @Test
  void scoringPolicyShapesTheCurve() {
    FollowUpScorer strict = FollowUpScorer.of(ScoringPolicy.of(0, 0));
    FollowUp followUp = FollowUp.after(END).markDone("thank-you-note", END.plus(Duration.ofHours(72)));

    assertThat(strict.score(followUp, END.plus(Duration.ofDays(5))).lines().get(0).earned())
        .isZero();
    assertThat(strict.pointsIfDoneAt(followUp.tasks().get(0), 75, END.plus(Duration.ofHours(48))))
        .isEqualTo(38);
    assertThat(ScoringPolicy.standard()).hasToString(
        "linear 100% at ideal to 50% at maximum, late 25%");
  }

  @Test
  void scoringPolicyRejectsLateCreditAboveCreditAtMaximum() {
    assertThatThrownBy(() -> ScoringPolicy.of(40, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scoring policy late credit must be 0 to the credit at maximum (40) percent,"
            + " but was 50; late must never pay more than on time");
    assertThatThrownBy(() -> ScoringPolicy.of(101, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scoring policy credit at maximum must be 0 to 100 percent, but was 101");
  }

  private static ScoreLine lineDone(FollowUp followUp, String task, Instant doneAt) {
    return SCORER.score(followUp.markDone(task, doneAt), doneAt.plus(Duration.ofDays(365)))
        .line(task).orElseThrow();
  }
}
