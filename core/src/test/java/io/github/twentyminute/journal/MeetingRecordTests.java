package io.github.twentyminute.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.CommitmentKind;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.Party;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.SessionEvent;
import io.github.twentyminute.session.Timeline;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeetingRecordTests {
  private final Agenda agenda = SampleMeeting.agenda();
  private static final Instant START = SampleMeeting.SCHEDULED_START;
  private static final Instant END = START.plus(Duration.ofMinutes(22));
  private final Contact lee = Contact.named("Lee Park");
  private final Contact ana = Contact.named("Ana Ruiz");

  private MeetingSession ended(Instant end) {
    return MeetingSession.of(agenda).apply(SessionEvent.started(START))
        .apply(SessionEvent.ended(end));
  }

  private FollowUp followUp() {
    return FollowUp.builder().meetingEnd(END).counterpart(agenda.counterpart())
        .addCommitment(Commitment.referral("c1", lee, "how they hire analysts", END))
        .addCommitment(Commitment.myPromise("c2", "Send the claims-delay report", END))
        .addCommitment(Commitment.referral("c3", ana, "claims automation", END).withDueBy(END))
        .addCommitment(Commitment.builder().id("c4").owedBy(Party.MINE)
            .kind(CommitmentKind.REFERRAL).person(Contact.named("Kim Lo"))
            .text("she hires analysts").capturedAt(END).build())
        .build();
  }

  private MeetingRecord.Builder record() {
    return MeetingRecord.builder().id("m-2026-03-10_dana").agenda(agenda).followUp(followUp());
  }

  @Test
  void derivesTheTimelineOnceTheSessionHasEnded() {
    MeetingRecord record = record().session(ended(END)).build();

    Timeline timeline = record.timeline().orElseThrow();
    assertThat(timeline.total()).isEqualTo(Duration.ofMinutes(22));
    assertThat(timeline.overBudget()).isEqualTo(Duration.ofMinutes(2));
    assertThat(record.meetingEnd()).isEqualTo(END);
    assertThat(record.counterpart().name()).isEqualTo("Dana Reyes");
  }

  @Test
  void hasNoTimelineWithoutASessionOrBeforeItEnds() {
    assertThat(record().build().timeline()).isEmpty();
    MeetingSession running = MeetingSession.of(agenda).apply(SessionEvent.started(START));
    assertThat(record().session(running).build().timeline()).isEmpty();
  }

  @Test
  void derivesNamesReceivedFromTheirReferralsOnly() {
    MeetingRecord record = record().build();

    assertThat(record.namesReceived()).containsExactly(lee, ana);
    assertThat(record.referralsReceived()).extracting(Commitment::id).containsExactly("c1", "c3");
  }

  @Test
  void defaultsToNoEvangelist() {
    assertThat(record().build().evangelist()).isEqualTo(Evangelist.NO);
  }

  @Test
  void equalRecordsFromEqualParts() {
    MeetingRecord one = record().session(ended(END)).addInsight(Insight.of("x", "a")).build();
    MeetingRecord two = record().session(ended(END)).addInsight(Insight.of("x", "A")).build();

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).hasToString(
        "m-2026-03-10_dana: Dana Reyes, ended 2026-03-10T15:22:00Z, 1 insights, evangelist NO");
  }

  @Test
  void acceptsIdsThatAreSafeFileNames() {
    assertThat(MeetingRecord.isValidId("a")).isTrue();
    assertThat(MeetingRecord.isValidId("9_x-Y")).isTrue();
    assertThat(MeetingRecord.isValidId("a".repeat(64))).isTrue();
    assertThat(MeetingRecord.isValidId("a".repeat(65))).isFalse();
    assertThat(MeetingRecord.isValidId("")).isFalse();
    assertThat(MeetingRecord.isValidId("-a")).isFalse();
    assertThat(MeetingRecord.isValidId("..")).isFalse();
    assertThat(MeetingRecord.isValidId("a/b")).isFalse();
    assertThat(MeetingRecord.isValidId("a.json")).isTrue();
    assertThat(MeetingRecord.isValidId("é")).isFalse();
  }

  @Test
  void rejectsAMalformedId() {
    assertThatThrownBy(() -> record().id("../etc").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meeting record id must be 1 to 64 ASCII letters, digits, . _ or -"
            + " starting with a letter or digit, but was \"../etc\"");
  }

  @Test
  void givesAFollowUpWithoutCounterpartTheAgendas() {
    FollowUp without = FollowUp.builder().from(record().build().followUp())
        .counterpart(java.util.Optional.empty()).build();

    MeetingRecord record = record().followUp(without).build();

    assertThat(record.followUp().counterpart()).contains(agenda.counterpart());
    assertThat(record).isEqualTo(record().build());
  }

  @Test
  void rejectsAFollowUpNamingAnotherCounterpart() {
    Contact other = Contact.builder().from(agenda.counterpart()).name("Kim Osei").build();
    FollowUp naming = FollowUp.builder().from(record().build().followUp()).counterpart(other)
        .build();

    assertThatThrownBy(() -> record().followUp(naming).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("Kim Osei", agenda.counterpart().name());
  }

  @Test
  void rejectsASessionOfAnotherAgenda() {
    Agenda other = agenda.withItems(agenda.items().subList(0, 3));
    MeetingSession session = MeetingSession.of(other);

    assertThatThrownBy(() -> record().session(session).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("meeting record m-2026-03-10_dana has a session of another"
            + " agenda (Agenda with Dana Reyes");
  }

  @Test
  void rejectsAFollowUpEndingElsewhereThanTheSession() {
    assertThatThrownBy(() -> record().session(ended(END.minusSeconds(60))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meeting record m-2026-03-10_dana follow-up meeting end"
            + " (2026-03-10T15:22:00Z) differs from the session's end (2026-03-10T15:21:00Z);"
            + " the follow-up's windows count from the actual end");
  }

  @Test
  void rejectsAnInsightDrawnByAnItemTheAgendaLacks() {
    assertThatThrownBy(() -> record().addInsight(Insight.of("ok", "a"))
        .addInsight(Insight.drawnBy("SQL first", "q9", "skills")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meeting record m-2026-03-10_dana insight 1 is drawn by agenda item q9,"
            + " which the agenda does not have; its items are [i1, i2, i3, o1, q1, q2, q3, q4,"
            + " q5, q6, e1, e2, e3]");
  }

  @Test
  void acceptsAnInsightDrawnByAnAgendaQuestion() {
    MeetingRecord record = record().addInsight(Insight.drawnBy("SQL first", "q2", "skills"))
        .build();

    assertThat(record.insights()).extracting(i -> i.itemId().orElseThrow()).containsExactly("q2");
  }
}
