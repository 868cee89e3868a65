package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FollowUpTests {
  private static final Instant END = Instant.parse("2026-03-10T15:20:00Z");
  private static final Instant DURING = END.minusSeconds(120);

  @Test
  void everyMeetingHasAThankYouNoteAndANextTouchpoint() {
    FollowUp followUp = FollowUp.after(END);

    assertThat(followUp.tasks()).extracting(FollowUpTask::id)
        .containsExactly("thank-you-note", "next-touchpoint");
    FollowUpTask thanks = followUp.tasks().get(0);
    assertThat(thanks.kind()).isEqualTo(FollowUpKind.THANK_YOU_NOTE);
    assertThat(thanks.action()).isEqualTo(Finding.of("followup.task.thank-you-note",
        Location.parse("tasks[thank-you-note]"), "followup.task.thank-you-note.unnamed",
        Arguments.builder().text("taskId", "thank-you-note").build()));
    assertThat(thanks.windowStart()).isEqualTo(END);
    assertThat(thanks.idealDue()).isEqualTo(Instant.parse("2026-03-11T15:20:00Z"));
    assertThat(thanks.maximumDue()).isEqualTo(Instant.parse("2026-03-13T15:20:00Z"));
    assertThat(thanks.weight()).isEqualTo(3);
    assertThat(thanks.commitment()).isEmpty();
    FollowUpTask touch = followUp.tasks().get(1);
    assertThat(touch.idealDue()).isEqualTo(END.plus(Duration.ofDays(60)));
    assertThat(touch.maximumDue()).isEqualTo(END.plus(Duration.ofDays(90)));
    assertThat(touch.weight()).isEqualTo(1);
  }

  @Test
  void descriptionsNameTheCounterpart() {
    FollowUp followUp = FollowUp.builder().meetingEnd(END)
        .counterpart(SampleMeeting.counterpart()).build();

    assertThat(followUp.tasks()).extracting(t -> t.action().key())
        .containsExactly("followup.task.thank-you-note", "followup.task.next-touchpoint");
    assertThat(followUp.tasks()).extracting(t -> t.action().arguments().text("counterpart"))
        .containsExactly("Dana Reyes", "Dana Reyes");
  }

  @Test
  void eachCommitmentCreatesTheTaskOfItsKindAndParty() {
    Contact lee = Contact.builder().name("Lee Park").role("Head of Data")
        .organisation("Harbor").build();
    FollowUp followUp = FollowUp.builder().meetingEnd(END)
        .addCommitment(Commitment.myPromise("c1", "Send the claims-delay report", DURING))
        .addCommitment(Commitment.referral("c2", lee, "how they hire analysts", DURING))
        .addCommitment(Commitment.theirOffer("c3", "Review my CV", DURING))
        .addCommitment(Commitment.advice("c4", "Take the SQL course first", DURING))
        .addCommitment(Commitment.builder().id("c5").owedBy(Party.MINE)
            .kind(CommitmentKind.OFFER).text("Share my notes from the forum")
            .capturedAt(DURING).build())
        .addCommitment(Commitment.builder().id("c6").owedBy(Party.MINE)
            .kind(CommitmentKind.REFERRAL).person(Contact.named("Ana Ruiz"))
            .text("she is hiring claims analysts").capturedAt(DURING).build())
        .build();

    assertThat(followUp.tasks()).extracting(FollowUpTask::id).containsExactly(
        "thank-you-note", "deliver-promise:c1", "contact-referral:c2", "take-up-offer:c3",
        "report-back:c4", "deliver-promise:c5", "deliver-promise:c6", "next-touchpoint");
    assertThat(followUp.tasks()).extracting(t -> t.action().key()).containsExactly(
        "followup.task.thank-you-note.unnamed", "followup.task.deliver-promise",
        "followup.task.contact-referral", "followup.task.take-up-offer",
        "followup.task.report-back", "followup.task.deliver-promise",
        "followup.task.deliver-promise.introduction", "followup.task.next-touchpoint.unnamed");
    assertThat(followUp.task("contact-referral:c2").orElseThrow().action().arguments())
        .isEqualTo(Arguments.builder().text("taskId", "contact-referral:c2")
            .text("commitment", "how they hire analysts")
            .text("person", "Lee Park (Head of Data, Harbor)").build());
    assertThat(followUp.task("deliver-promise:c6").orElseThrow().action().arguments()
        .text("person")).isEqualTo("Ana Ruiz");
    assertThat(followUp.task("report-back:c4").orElseThrow().idealDue())
        .isEqualTo(END.plus(Duration.ofDays(14)));
    assertThat(followUp.task("report-back:c4").orElseThrow().commitment().orElseThrow().id())
        .isEqualTo("c4");
    assertThat(followUp.recorded()).isEmpty();
  }

  @Test
  void theirPromisesYourAdviceAndUntrackedCommitmentsAreOnlyRecorded() {
    Commitment theirPromise = Commitment.builder().id("t1").owedBy(Party.THEIRS)
        .kind(CommitmentKind.PROMISE).text("They will send their hiring rubric")
        .capturedAt(DURING).build();
    Commitment myAdvice = Commitment.builder().id("t2").owedBy(Party.MINE)
        .kind(CommitmentKind.ADVICE).text("Try the claims-delay report").capturedAt(DURING)
        .build();
    Commitment declined = Commitment.builder().from(Commitment.theirOffer("t3",
        "Introduce me to their recruiter", DURING)).tracked(false).build();
    FollowUp followUp = FollowUp.builder().meetingEnd(END)
        .addCommitments(theirPromise, myAdvice, declined).build();

    assertThat(followUp.tasks()).extracting(FollowUpTask::id)
        .containsExactly("thank-you-note", "next-touchpoint");
    assertThat(followUp.recorded()).containsExactly(theirPromise, myAdvice, declined);
    assertThat(FollowUp.taskKind(declined)).isEmpty();
    assertThat(FollowUp.taskKind(declined.withDueBy(END))).isEmpty();
  }

  @Test
  void ownDueTimeSetsBothDeadlines() {
    Instant friday = Instant.parse("2026-03-13T17:00:00Z");
    FollowUp followUp = FollowUp.after(END).withCommitment(
        Commitment.myPromise("c1", "Send the report", DURING).withDueBy(friday));

    FollowUpTask task = followUp.task("deliver-promise:c1").orElseThrow();
    assertThat(task.idealDue()).isEqualTo(friday);
    assertThat(task.maximumDue()).isEqualTo(friday);
    assertThat(task.hasOwnDueTime()).isTrue();
  }

  @Test
  void commitmentRecordedAfterTheMeetingCountsFromItsCaptureTime() {
    Instant email = END.plus(Duration.ofDays(4));
    FollowUp followUp = FollowUp.after(END)
        .withCommitment(Commitment.myPromise("c1", "Send the slides", email));

    FollowUpTask task = followUp.task("deliver-promise:c1").orElseThrow();
    assertThat(task.windowStart()).isEqualTo(email);
    assertThat(task.idealDue()).isEqualTo(email.plus(Duration.ofDays(2)));
    assertThat(task.maximumDue()).isEqualTo(email.plus(Duration.ofDays(7)));
  }

  @Test
  void tasksFollowThePolicy() {
    FollowUpPolicy quick = FollowUpPolicy.standard().withWindow(FollowUpKind.THANK_YOU_NOTE,
        FollowUpWindow.of(Duration.ofHours(12), Duration.ofHours(36), 6));
    FollowUpTask thanks = FollowUp.builder().meetingEnd(END).policy(quick).build()
        .task(TaskId.THANK_YOU_NOTE.toString()).orElseThrow();

    assertThat(thanks.idealDue()).isEqualTo(END.plus(Duration.ofHours(12)));
    assertThat(thanks.maximumDue()).isEqualTo(END.plus(Duration.ofHours(36)));
    assertThat(thanks.weight()).isEqualTo(6);
  }

  @Test
  void markDoneReplacesAnEarlierRecord() {
    FollowUp followUp = FollowUp.after(END)
        .markDone("thank-you-note", END.plusSeconds(60))
        .markDone("thank-you-note", END.plusSeconds(30));

    assertThat(followUp.completions())
        .containsExactly(TaskCompletion.of("thank-you-note", END.plusSeconds(30)));
    assertThat(followUp.withoutCompletion("thank-you-note").completions()).isEmpty();
    assertThat(followUp.completion("next-touchpoint")).isEmpty();
  }

  @Test
  void asKnownAtDropsLaterCompletions() {
    FollowUp followUp = FollowUp.after(END)
        .markDone("thank-you-note", END.plusSeconds(60))
        .markDone("next-touchpoint", END.plus(Duration.ofDays(50)));

    assertThat(followUp.asKnownAt(END.plusSeconds(60)).completions())
        .containsExactly(TaskCompletion.of("thank-you-note", END.plusSeconds(60)));
  }

  @Test
  void rejectsCompletionOfAnUnknownTask() {
    assertThatThrownBy(() -> FollowUp.after(END).markDone("deliver-promise:c9", END))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("follow-up has no task deliver-promise:c9 to mark done; its tasks are"
            + " [thank-you-note, next-touchpoint]");
  }

  @Test
  void rejectsTaskDoneTwice() {
    assertThatThrownBy(() -> FollowUp.builder().meetingEnd(END)
        .addCompletion(TaskCompletion.of("thank-you-note", END))
        .addCompletion(TaskCompletion.of("thank-you-note", END.plusSeconds(1))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("follow-up marks task thank-you-note done twice (at 2026-03-10T15:20:00Z"
            + " and at 2026-03-10T15:20:01Z); keep one completion per task, maybe with"
            + " markDone(..)");
  }

  @Test
  void rejectsCommitmentIdUsedTwice() {
    FollowUp followUp = FollowUp.after(END).withCommitment(Commitment.myPromise("c1", "A", END));

    assertThatThrownBy(() -> followUp.withCommitment(Commitment.advice("c1", "B", END)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("follow-up has commitment id c1 twice (commitments 0 and 1); commitment ids"
            + " must be unique");
  }

  @Test
  void rejectsReferralWithoutAPerson() {
    assertThatThrownBy(() -> Commitment.builder().id("c1").owedBy(Party.THEIRS)
        .kind(CommitmentKind.REFERRAL).text("someone in data").capturedAt(END).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("commitment c1 is a REFERRAL but names no person; set person(..) to the"
            + " name given");
  }

  @Test
  void rejectsDueTimeBeforeCapture() {
    assertThatThrownBy(() -> Commitment.myPromise("c1", "Send it", END).withDueBy(DURING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("commitment c1 is due by 2026-03-10T15:18:00Z, before it was captured at"
            + " 2026-03-10T15:20:00Z");
  }

  @Test
  void rejectsMalformedIdAndBlankText() {
    assertThatThrownBy(() -> Commitment.myPromise("c 1", "Send it", END))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("commitment id ");
    assertThat(Commitment.myPromise("c.1", "Send it", END).id()).isEqualTo("c.1");
    assertThatThrownBy(() -> Commitment.myPromise("c1", " ", END))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("commitment c1 text must not be blank");
  }

  @Test
  void commitmentHasAReadableShortForm() {
    Commitment c = Commitment.referral("c2", Contact.named("Lee Park"), "hiring", DURING)
        .withDueBy(END);

    assertThat(c).hasToString(
        "c2 THEIRS REFERRAL Lee Park \"hiring\" due 2026-03-10T15:20:00Z");
  }
}
