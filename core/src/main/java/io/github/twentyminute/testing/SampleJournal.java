package io.github.twentyminute.testing;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.CommitmentKind;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.Party;
import io.github.twentyminute.journal.Evangelist;
import io.github.twentyminute.journal.Insight;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.SessionEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A realistic sample journal for examples, demos, benchmarks and tests: eight meetings Sam
 * Okafor held over seven weeks while moving from claims handling into claims analytics, on the
 * agenda of {@link SampleMeeting} with each counterpart in turn.
 *
 * <p>The meetings, in order:
 * <ol>
 *   <li>{@code m1} Dana Reyes, 21:00; names Lee Park and Priya Nair.
 *   <li>{@code m2} Lee Park (named by Dana), 24:30; names Kim Lo; offers a CV review.
 *   <li>{@code m3} Tom Becker (cold outreach), 19:30; names Ana Souza.
 *   <li>{@code m4} Kim Lo (named by Lee), 20:00.
 *   <li>{@code m5} Ana Souza (named by Tom), 22:00; names Omar Haddad.
 *   <li>{@code m6} Mia Larsen (met at a meetup), 18:45; no thank-you note sent.
 *   <li>{@code m7} Dana Reyes again, 31:00 (past the 30:00 ceiling); offers an introduction.
 *   <li>{@code m8} Kofi Mensah, recorded without a live session; names "lee park", already met.
 * </ol>
 * So there are two referral chains, Dana Reyes -> Lee Park -> Kim Lo and Tom Becker -> Ana
 * Souza; two names (Priya Nair, Omar Haddad) not yet met; and recurring insights on
 * {@code sql}, {@code hiring-from-operations} and {@code domain-knowledge}. {@link #AS_OF} is a
 * good instant to summarise it at: some touchpoints are overdue, most are due, one is upcoming.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SampleJournal {
  /** An instant to summarise the sample journal at, after every meeting and task in it. */
  public static final Instant AS_OF = Instant.parse("2026-06-22T12:00:00Z");

  private SampleJournal() {}

  /**
   * Returns the eight sample meeting records, in meeting order.
   *
   * @return the records, ids {@code m1} to {@code m8}
   */
  public static List<MeetingRecord> records() {
    Contact dana = SampleMeeting.counterpart();
    Contact lee = person("Lee Park", "Head of Data", "Harbor Insurance");
    Contact tom = person("Tom Becker", "Claims Operations Manager", "Contoso");
    Contact kim = person("Kim Lo", "Senior Analyst", "Fabrikam");
    Contact ana = person("Ana Souza", "Data Scientist", "Litware");
    Contact mia = person("Mia Larsen", "Analytics Lead", "Tailspin");
    Contact kofi = person("Kofi Mensah", "Chief Data Officer", "Adventure Works");

    Instant s1 = Instant.parse("2026-03-10T15:00:00Z");
    Instant e1 = s1.plus(minutes(21, 0));
    MeetingRecord m1 = MeetingRecord.builder().id("m1")
        .agenda(agenda(dana, s1)).session(session(dana, s1, minutes(21, 0)))
        .followUp(FollowUp.builder().meetingEnd(e1).counterpart(dana)
            .addCommitment(Commitment.advice("c1", "Take the SQL course before any ML course",
                e1.minus(minutes(6, 0))))
            .addCommitment(Commitment.referral("c2", Contact.named("Lee Park"),
                "how Harbor's team hires analysts", e1.minus(minutes(2, 0))))
            .addCommitment(Commitment.referral("c3", Contact.named("Priya Nair"),
                "she runs the analytics guild", e1.minus(minutes(2, 0))))
            .addCommitment(Commitment.myPromise("c4", "Send the claims-delay report",
                e1.minus(minutes(1, 0))))
            .build()
            .markDone("thank-you-note", e1.plus(hours(5)))
            .markDone("deliver-promise:c4", e1.plus(Duration.ofDays(1)))
            .markDone("contact-referral:c2", e1.plus(Duration.ofDays(2)))
            .markDone("report-back:c1", e1.plus(Duration.ofDays(20))))
        .addInsight(Insight.drawnBy("SQL matters more than Python for claims analysts", "q2",
            "sql", "skills"))
        .addInsight(Insight.drawnBy("Hiring managers value people who handled claims", "q3",
            "hiring from operations"))
        .evangelist(Evangelist.LIKELY)
        .build();

    Instant s2 = Instant.parse("2026-03-17T16:00:00Z");
    Instant e2 = s2.plus(minutes(24, 30));
    MeetingRecord m2 = MeetingRecord.builder().id("m2")
        .agenda(agenda(lee, s2)).session(session(lee, s2, minutes(24, 30)))
        .followUp(FollowUp.builder().meetingEnd(e2).counterpart(lee)
            .addCommitment(Commitment.referral("c1", Contact.named("Kim Lo"),
                "she built Fabrikam's claims dashboards", e2.minus(minutes(2, 0))))
            .addCommitment(Commitment.theirOffer("c2", "Review my CV", e2.minus(minutes(1, 0))))
            .build()
            .markDone("thank-you-note", e2.plus(hours(20)))
            .markDone("contact-referral:c1", e2.plus(Duration.ofDays(3)))
            .markDone("take-up-offer:c2", e2.plus(Duration.ofDays(4))))
        .addInsight(Insight.of("Learn SQL before any machine-learning course", "SQL"))
        .addInsight(Insight.drawnBy("Fraud models need people who know claims", "q4",
            "domain knowledge"))
        .evangelist(Evangelist.LIKELY)
        .build();

    Instant s3 = Instant.parse("2026-03-19T10:00:00Z");
    Instant e3 = s3.plus(minutes(19, 30));
    MeetingRecord m3 = MeetingRecord.builder().id("m3")
        .agenda(agenda(tom, s3)).session(session(tom, s3, minutes(19, 30)))
        .followUp(FollowUp.builder().meetingEnd(e3).counterpart(tom)
            .addCommitment(Commitment.referral("c1", Contact.named("Ana Souza"),
                "she moved from claims into data science", e3.minus(minutes(2, 0))))
            .addCommitment(Commitment.builder().id("c2").owedBy(Party.MINE)
                .kind(CommitmentKind.OFFER).text("Introduce him to my old team lead")
                .capturedAt(e3.minus(minutes(1, 0))).build())
            .build()
            .markDone("thank-you-note", e3.plus(Duration.ofDays(2)))
            .markDone("contact-referral:c1", e3.plus(Duration.ofDays(1))))
        .addInsight(Insight.drawnBy("Claims data is messy: cleaning it is half the job", "q4",
            "data quality"))
        .addInsight(Insight.of("Operations people read claims better than new graduates",
            "hiring-from-operations"))
        .build();

    Instant s4 = Instant.parse("2026-03-26T14:00:00Z");
    Instant e4 = s4.plus(minutes(20, 0));
    MeetingRecord m4 = MeetingRecord.builder().id("m4")
        .agenda(agenda(kim, s4)).session(session(kim, s4, minutes(20, 0)))
        .followUp(FollowUp.builder().meetingEnd(e4).counterpart(kim).build()
            .markDone("thank-you-note", e4.plus(hours(3))))
        .addInsight(Insight.drawnBy("Window functions come up in every analyst interview",
            "q2", "sql", "interviews"))
        .evangelist(Evangelist.NO)
        .build();

    Instant s5 = Instant.parse("2026-04-02T09:00:00Z");
    Instant e5 = s5.plus(minutes(22, 0));
    MeetingRecord m5 = MeetingRecord.builder().id("m5")
        .agenda(agenda(ana, s5)).session(session(ana, s5, minutes(22, 0)))
        .followUp(FollowUp.builder().meetingEnd(e5).counterpart(ana)
            .addCommitment(Commitment.referral("c1", Contact.named("Omar Haddad"),
                "he runs the insurtech meetup", e5.minus(minutes(3, 0))))
            .addCommitment(Commitment.myPromise("c2", "Share my notes from the InsurTech Forum",
                e5.minus(minutes(1, 0))))
            .addCommitment(Commitment.builder().id("c3").owedBy(Party.THEIRS)
                .kind(CommitmentKind.PROMISE).text("Send the team's reading list")
                .capturedAt(e5.minus(minutes(1, 0))).build())
            .build()
            .markDone("thank-you-note", e5.plus(hours(10)))
            .markDone("deliver-promise:c2", e5.plus(Duration.ofDays(1))))
        .addInsight(Insight.drawnBy("Domain knowledge beats tool knowledge", "q3",
            "domain-knowledge", "hiring-from-operations"))
        .evangelist(Evangelist.YES)
        .build();

    Instant s6 = Instant.parse("2026-04-09T12:00:00Z");
    Instant e6 = s6.plus(minutes(18, 45));
    MeetingRecord m6 = MeetingRecord.builder().id("m6")
        .agenda(agenda(mia, s6)).session(session(mia, s6, minutes(18, 45)))
        .followUp(FollowUp.builder().meetingEnd(e6).counterpart(mia).build())
        .addInsight(Insight.of("Dashboards are judged by the decisions they change",
            "storytelling"))
        .build();

    Instant s7 = Instant.parse("2026-04-20T15:00:00Z");
    Instant e7 = s7.plus(minutes(31, 0));
    MeetingRecord m7 = MeetingRecord.builder().id("m7")
        .agenda(agenda(dana, s7)).session(session(dana, s7, minutes(31, 0)))
        .followUp(FollowUp.builder().meetingEnd(e7).counterpart(dana)
            .addCommitment(Commitment.theirOffer("c1", "Introduce me to the hiring manager",
                e7.minus(minutes(3, 0))))
            .addCommitment(Commitment.myPromise("c2", "Send a summary of my SQL course project",
                e7.minus(minutes(1, 0))))
            .build()
            .markDone("thank-you-note", e7.plus(hours(4)))
            .markDone("take-up-offer:c1", e7.plus(Duration.ofDays(1))))
        .addInsight(Insight.of("The team is hiring two analysts in the third quarter",
            "hiring"))
        .addInsight(Insight.drawnBy("SQL is still the screening test", "q2", "sql"))
        .evangelist(Evangelist.YES)
        .build();

    Instant e8 = Instant.parse("2026-04-28T17:20:00Z");
    MeetingRecord m8 = MeetingRecord.builder().id("m8")
        .agenda(agenda(kofi, e8.minus(minutes(20, 0))))
        .followUp(FollowUp.builder().meetingEnd(e8).counterpart(kofi)
            .addCommitment(Commitment.referral("c1", Contact.named("lee  park"),
                "knows the Harbor hiring process", e8.minus(minutes(2, 0))))
            .build()
            .markDone("thank-you-note", e8.plus(hours(1))))
        .addInsight(Insight.of("Join the local data meetup"))
        .evangelist(Evangelist.LIKELY)
        .build();

    return List.of(m1, m2, m3, m4, m5, m6, m7, m8);
  }

  private static Contact person(String name, String role, String organisation) {
    return Contact.builder().name(name).role(role).organisation(organisation)
        .addNote(ResearchNote.of("n1", name + "'s path into the current role", "LinkedIn"))
        .addNote(ResearchNote.of("n2", "What " + name + "'s team builds now", "company site"))
        .addNote(ResearchNote.of("n3", name + " on hiring analysts", "conference programme"))
        .build();
  }

  private static Agenda agenda(Contact counterpart, Instant start) {
    return Agenda.builder().from(SampleMeeting.agenda()).counterpart(counterpart)
        .scheduledStart(start).build();
  }

  /** A session that started on time and moved through the phases, ending after a total. */
  private static MeetingSession session(Contact counterpart, Instant start, Duration total) {
    Instant end = start.plus(total);
    return MeetingSession.replay(agenda(counterpart, start), List.of(
        SessionEvent.started(start),
        SessionEvent.phaseEntered(start.plus(minutes(2, 0)), PhaseId.OVERVIEW),
        SessionEvent.phaseEntered(start.plus(minutes(4, 0)), PhaseId.DISCUSSION),
        SessionEvent.phaseEntered(end.minus(minutes(2, 0)), PhaseId.ENDING),
        SessionEvent.ended(end)));
  }

  private static Duration minutes(int minutes, int seconds) {
    return Duration.ofSeconds(minutes * 60L + seconds);
  }

  private static Duration hours(int hours) {
    return Duration.ofHours(hours);
  }
}
