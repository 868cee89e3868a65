package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskIdTests {
  @Test
  void namesTheMeetingsOwnTasksByKindAndCommitmentTasksByKindAndCommitment() {
    assertThat(TaskId.of(FollowUpKind.THANK_YOU_NOTE)).isSameAs(TaskId.THANK_YOU_NOTE)
        .hasToString("thank-you-note");
    assertThat(TaskId.of(FollowUpKind.NEXT_TOUCHPOINT)).isSameAs(TaskId.NEXT_TOUCHPOINT)
        .hasToString("next-touchpoint");
    TaskId deliver = TaskId.of(FollowUpKind.DELIVER_PROMISE, "c1");
    assertThat(deliver).hasToString("deliver-promise:c1");
    assertThat(deliver.kind()).isEqualTo(FollowUpKind.DELIVER_PROMISE);
    assertThat(deliver.commitmentId()).contains("c1");
    assertThat(TaskId.THANK_YOU_NOTE.commitmentId()).isEmpty();
  }

  @Test
  void parsesItsTextBack() {
    for (String text : new String[] {"thank-you-note", "next-touchpoint", "deliver-promise:c1",
        "contact-referral:lee", "take-up-offer:c.2", "report-back:sql_1"}) {
      assertThat(TaskId.parse(text)).hasToString(text);
    }
    assertThat(TaskId.parse("report-back:c4")).isEqualTo(TaskId.of(FollowUpKind.REPORT_BACK, "c4"))
        .hasSameHashCodeAs(TaskId.of(FollowUpKind.REPORT_BACK, "c4"))
        .isNotEqualTo(TaskId.of(FollowUpKind.REPORT_BACK, "c5"))
        .isNotEqualTo(TaskId.of(FollowUpKind.TAKE_UP_OFFER, "c4"));
  }

  @Test
  void isTheIdOfTheTasksAFollowUpCreates() {
    Instant end = Instant.parse("2026-03-10T15:20:00Z");
    FollowUp followUp = FollowUp.after(end)
        .withCommitment(Commitment.advice("c4", "Take the SQL course", end))
        .markDone(TaskId.THANK_YOU_NOTE, end.plusSeconds(60));

    assertThat(followUp.tasks()).extracting(FollowUpTask::id).containsExactly(
        TaskId.THANK_YOU_NOTE.toString(), TaskId.of(FollowUpKind.REPORT_BACK, "c4").toString(),
        TaskId.NEXT_TOUCHPOINT.toString());
    assertThat(followUp.completion("thank-you-note")).isPresent();
  }

  @Test
  void refusesWhatIsNotATaskId() {
    assertThatThrownBy(() -> TaskId.parse("thanks"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("task id must be thank-you-note, next-touchpoint or <kind>:<commitment id>"
            + " such as deliver-promise:c1, but was \"thanks\"");
    assertThatThrownBy(() -> TaskId.parse("deliver-promise"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("task id deliver-promise names no commitment; expected"
            + " deliver-promise:<commitment id>, such as deliver-promise:c1");
    assertThatThrownBy(() -> TaskId.parse("thank-you-note:c1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("every meeting has one thank-you-note task, named thank-you-note, not one"
            + " per commitment such as c1");
    assertThatThrownBy(() -> TaskId.parse("deliver-promise:c 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("commitment id ");
    assertThatThrownBy(() -> TaskId.of(FollowUpKind.TAKE_UP_OFFER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a take-up-offer task comes from a commitment; maybe"
            + " TaskId.of(FollowUpKind.TAKE_UP_OFFER, commitmentId)");
  }
}
