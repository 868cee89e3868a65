package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
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
  void notDoneAtTheIdealIsPendingWithNothingYetButWorthFullCredit(FollowUp followUp,
      String task, int possible, Duration ideal, Duration maximum, int atMax, int halfway,
      int late) {
    ScoreLine line = SCORER.score(followUp, END.plus(ideal)).line(task).orElseThrow();

    assertThat(line.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(line.earned()).isZero();
    assertThat(line.possible()).isEqualTo(possible);
    assertThat(line.finding().arguments().count("worthNow")).isEqualTo(possible);
    assertThat(line.doneAt()).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("kinds")
  void notDoneAtTheMaximumIsPendingWithNothingYetButWorthHalf(FollowUp followUp, String task,
      int possible, Duration ideal, Duration maximum, int atMax, int halfway, int late) {
    ScoreLine line = SCORER.score(followUp, END.plus(maximum)).line(task).orElseThrow();

    assertThat(line.status()).isEqualTo(TaskStatus.PENDING_PAST_IDEAL);
    assertThat(line.earned()).isZero();
    assertThat(line.finding().arguments().count("worthNow")).isEqualTo(atMax);
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
    assertThat(line.finding()).isEqualTo(Finding.of("followup.done-late",
        Location.parse("tasks[thank-you-note]"), io.github.twentyminute.findings.Arguments
            .builder().text("taskId", "thank-you-note").count("earned", 63).count("possible", 75)
            .duration("ideal", Duration.ofDays(1)).duration("maximum", Duration.ofDays(3))
            .instant("idealDue", END.plus(Duration.ofDays(1)))
            .instant("maximumDue", END.plus(Duration.ofDays(3)))
            .instant("doneAt", END.plus(Duration.ofHours(40)))
            .duration("elapsed", Duration.ofHours(40)).duration("late", Duration.ofHours(16))
            .count("creditAtMaximum", 50).build()));
    // the next touchpoint, not done yet, has earned nothing of its 25
    assertThat(score.total()).isEqualTo(63);
    assertThat(score.lost()).isEqualTo(37);
  }

  @Test
  void findingsExplainPendingAndOverdueTasks() {
    FollowUp followUp = FollowUp.after(END);

    Finding pending = SCORER.score(followUp, END.plus(Duration.ofHours(6))).lines().get(0)
        .finding();
    assertThat(pending.key()).isEqualTo("followup.pending");
    assertThat(pending.arguments().duration("timeLeft")).isEqualTo(Duration.ofHours(18));
    assertThat(pending.arguments().count("worthNow")).isEqualTo(75);
    Finding waiting = SCORER.score(followUp, END.plus(Duration.ofHours(48))).lines().get(0)
        .finding();
    assertThat(waiting.key()).isEqualTo("followup.pending-past-ideal");
    assertThat(waiting.arguments().duration("elapsed")).isEqualTo(Duration.ofDays(2));
    assertThat(waiting.arguments().duration("late")).isEqualTo(Duration.ofDays(1));
    assertThat(waiting.arguments().duration("timeLeft")).isEqualTo(Duration.ofDays(1));
    assertThat(waiting.arguments().count("worthNow")).isEqualTo(56);
    assertThat(waiting.arguments().count("worthAtMaximum")).isEqualTo(38);
    Finding overdue = SCORER.score(followUp, END.plus(Duration.ofDays(4))).lines().get(0)
        .finding();
    assertThat(overdue.key()).isEqualTo("followup.overdue");
    assertThat(overdue.arguments().duration("ago")).isEqualTo(Duration.ofDays(1));
    assertThat(overdue.arguments().count("worthNow")).isEqualTo(19);
    assertThat(overdue.arguments().count("earned")).isZero();
    Finding late = SCORER.score(followUp.markDone("thank-you-note", END.plus(Duration.ofDays(5))),
        END.plus(Duration.ofDays(6))).lines().get(0).finding();
    assertThat(late.key()).isEqualTo("followup.done-after-maximum");
    assertThat(late.arguments().duration("late")).isEqualTo(Duration.ofDays(2));
    assertThat(late.arguments().count("lateCredit")).isEqualTo(25);
    assertThat(late.arguments().count("earned")).isEqualTo(19);
    Finding onTime = SCORER.score(followUp.markDone("thank-you-note", END.plusSeconds(5400)),
        END.plus(Duration.ofDays(6))).lines().get(0).finding();
    assertThat(onTime.key()).isEqualTo("followup.done-in-ideal");
    assertThat(onTime.arguments().duration("elapsed")).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void windowsOfACommitmentRecordedAfterTheMeetingCountFromItsCapture() {
    Instant later = END.plus(Duration.ofDays(1));
    FollowUp followUp = FollowUp.after(END)
        .withCommitment(Commitment.myPromise("c1", "Send the report", later));

    Finding pending = SCORER.score(followUp, later).line("deliver-promise:c1").orElseThrow()
        .finding();
    assertThat(pending.key()).isEqualTo("followup.pending.recorded");
    assertThat(pending.arguments().instant("idealDue")).isEqualTo(later.plus(Duration.ofDays(2)));
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
    assertThat(onTime.finding().key()).isEqualTo("followup.done-in-ideal.own-due");
    assertThat(onTime.finding().arguments().instant("dueBy")).isEqualTo(due);
    assertThat(late.status()).isEqualTo(TaskStatus.DONE_AFTER_MAXIMUM);
    assertThat(late.earned()).isEqualTo(11);
    assertThat(late.finding().key()).isEqualTo("followup.done-after-maximum.own-due");
    assertThat(late.finding().arguments().duration("late")).isEqualTo(Duration.ofSeconds(1));
    assertThat(pending.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(pending.finding().key()).isEqualTo("followup.pending.own-due");
    assertThat(pending.finding().arguments().duration("timeLeft")).isEqualTo(Duration.ZERO);
    assertThat(overdue.status()).isEqualTo(TaskStatus.OVERDUE);
    assertThat(overdue.finding().key()).isEqualTo("followup.overdue.own-due");
    assertThat(overdue.finding().arguments().count("worthNow")).isEqualTo(11);
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
    FollowUp two = FollowUp.after(END)
        .withCommitment(Commitment.myPromise("c1", "Send the report", DURING));
    FollowUp three = FollowUp.after(END)
        .withCommitment(Commitment.referral("c1", Contact.named("Lee Park"), "hiring", DURING));
    FollowUp same = FollowUp.builder().meetingEnd(END).policy(FollowUpPolicy.standard()
        .withWindow(FollowUpKind.THANK_YOU_NOTE, FollowUpWindow.of(Duration.ofDays(1),
            Duration.ofDays(3), 1))
        .withWindow(FollowUpKind.DELIVER_PROMISE, FollowUpWindow.of(Duration.ofDays(2),
            Duration.ofDays(7), 1))).build()
        .withCommitment(Commitment.myPromise("c1", "Send the report", DURING));

    // weights 3, 3, 1; 3, 2, 1; 1, 1, 1: the points left over go to the largest remainders,
    // ties to the task that comes first
    assertThat(SCORER.score(two, END).lines()).extracting(ScoreLine::possible)
        .containsExactly(43, 43, 14);
    assertThat(SCORER.score(three, END).lines()).extracting(ScoreLine::possible)
        .containsExactly(50, 33, 17);
    assertThat(SCORER.score(same, END).lines()).extracting(ScoreLine::possible)
        .containsExactly(34, 33, 33);
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
    assertThat(first.finding()).isEqualTo(Finding.of("followup.next-action",
        Location.parse("tasks[thank-you-note]"), "followup.next-action.overdue",
        io.github.twentyminute.findings.Arguments.builder().text("taskId", "thank-you-note")
            .instant("deadline", END.plus(Duration.ofHours(72))).count("worth", 6)
            .count("possible", 22).duration("ago", Duration.ofHours(8)).build()));
    NextAction waiting = score.nextActions().get(2);
    assertThat(waiting.status()).isEqualTo(TaskStatus.PENDING_PAST_IDEAL);
    // 21 points at 50% + 50% * 88/120 (32 of the 120 hours between ideal and maximum gone)
    assertThat(waiting.worthNow()).isEqualTo(18);
    assertThat(waiting.finding().key()).isEqualTo("followup.next-action.past-ideal");
    assertThat(waiting.finding().arguments().count("worth")).isEqualTo(18);
    assertThat(waiting.finding().arguments().duration("timeLeft"))
        .isEqualTo(Duration.ofDays(3).plusHours(16));
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
    Finding first = score.nextActions().get(0).finding();
    assertThat(first.key()).isEqualTo("followup.next-action.pending");
    assertThat(first.arguments().count("worth")).isEqualTo(28);
    assertThat(first.arguments().duration("timeLeft")).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void everyTaskDoneLeavesNothingToDo() {
    FollowUp followUp = FollowUp.after(END).markDone("thank-you-note", END)
        .markDone("next-touchpoint", END.plus(Duration.ofDays(30)));

    FollowUpScore score = SCORER.score(followUp, END.plus(Duration.ofDays(31)));
    assertThat(score.total()).isEqualTo(100);
    assertThat(score.nextActions()).isEmpty();
    assertThat(score.count(TaskStatus.DONE_IN_IDEAL)).isEqualTo(2);
  }

  @Test
  void diffShowsWhatChanged() {
    FollowUp followUp = FollowUp.after(END);
    FollowUpScore monday = SCORER.score(followUp, END);
    FollowUp later = followUp.markDone("thank-you-note", END.plus(Duration.ofHours(48)))
        .withCommitment(Commitment.advice("c1", "Take the SQL course", END.plusSeconds(60)));
    FollowUpScore wednesday = SCORER.score(later, END.plus(Duration.ofHours(48)));

    ScoreDiff diff = wednesday.diff(monday);
    assertThat(diff.earlierTotal()).isZero();
    // shares 50, 33, 17; the note done at 48 h earns 75% of 50, rounded up to 38; the others
    // are not done yet
    assertThat(diff.laterTotal()).isEqualTo(38);
    assertThat(diff.change()).isEqualTo(38);
    assertThat(diff.added()).extracting(l -> l.task().id()).containsExactly("report-back:c1");
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).extracting(ScoreDiff.LineChange::toString).containsExactly(
        "thank-you-note 0 -> 38 (PENDING -> DONE_LATE)",
        "next-touchpoint 0 -> 0 (PENDING -> PENDING)"); // its share fell from 25 to 17
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
