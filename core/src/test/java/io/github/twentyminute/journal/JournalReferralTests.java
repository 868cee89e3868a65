package io.github.twentyminute.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.testing.SampleJournal;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalReferralTests {
  private static final Instant DAY1 = Instant.parse("2026-03-10T15:20:00Z");

  private static MeetingRecord meeting(String id, String with, Instant end, String... names) {
    Contact counterpart = Contact.builder().from(SampleMeeting.counterpart()).name(with).build();
    Agenda agenda = Agenda.builder().from(SampleMeeting.agenda()).counterpart(counterpart)
        .scheduledStart(end.minus(Duration.ofMinutes(20))).build();
    var followUp = FollowUp.builder().meetingEnd(end).counterpart(counterpart);
    for (int i = 0; i < names.length; i++) {
      followUp.addCommitment(Commitment.referral("c" + (i + 1), Contact.named(names[i]),
          "worth meeting", end.minusSeconds(60)));
    }
    return MeetingRecord.builder().id(id).agenda(agenda).followUp(followUp.build()).build();
  }

  @Test
  void theEarliestOfTwoIntroductionsBeforeTheFirstMeetingCounts() {
    Journal journal = Journal.of(
        meeting("m1", "Dana Reyes", DAY1, "Lee Park"),
        meeting("m2", "Tom Becker", DAY1.plus(Duration.ofDays(2)), "Lee Park"),
        meeting("m3", "Lee Park", DAY1.plus(Duration.ofDays(9))));

    ReferralGraph graph = journal.summary(DAY1.plus(Duration.ofDays(30))).referrals();

    assertThat(graph.introductions()).extracting(r -> r.recordId() + "/" + r.commitmentId())
        .containsExactly("m1/c1");
    assertThat(graph.chains()).extracting(ReferralGraph.Chain::toString)
        .containsExactly("Dana Reyes -> Lee Park");
    assertThat(graph.referrals()).extracting(Referral::toString).containsExactly(
        "Dana Reyes -> Lee Park (m1/c1, met in m3)",
        "Tom Becker -> Lee Park (m2/c1, met in m3)");
  }

  @Test
  void journalsWithOtherRecordsHaveOtherHashes() {
    List<MeetingRecord> records = SampleJournal.records();

    assertThat(Journal.of(records).hashCode()).isEqualTo(Journal.of(records).hashCode())
        .isNotEqualTo(Journal.of(records.subList(0, 3)).hashCode())
        .isNotEqualTo(Journal.empty().hashCode());
  }
}
