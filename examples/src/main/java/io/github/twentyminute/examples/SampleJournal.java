package io.github.twentyminute.examples;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.ResearchNote;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.journal.Evangelist;
import io.github.twentyminute.journal.Insight;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.SessionEvent;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A small journal of Sam Okafor's networking meetings, for examples, the demo and tests: Dana
 * Reyes (the sample meeting, paced live and ended on its budget), who gave Sam the name of Lee
 * Park, who in turn named Maya Chen; and Tom Becker, met through an alumni group, whose
 * follow-up Sam let slip. Three of them say SQL matters most.
 *
 * <p>Stateless and thread-safe.
 */
public final class SampleJournal {
  /** When Dana's meeting ended: it started 1:10 late and ran its 20:00. */
  public static final Instant DANA_END = SampleMeeting.SCHEDULED_START.plusSeconds(70 + 20 * 60);

  private SampleJournal() {}

  /**
   * Returns the records, in the order the meetings happened.
   *
   * @return four meeting records, each at revision 0
   */
  public static List<MeetingRecord> records() {
    return List.of(dana(), lee(), tom(), maya());
  }

  /**
   * Returns the events of Dana's meeting, on a fixed clock: a late start, a long introduction
   * and overview, two questions skipped so the ending keeps its time, every cue done.
   *
   * @return the events, in order
   */
  public static List<SessionEvent> danaEvents() {
    List<SessionEvent> events = new ArrayList<>();
    Instant t = SampleMeeting.SCHEDULED_START.plusSeconds(70);
    events.add(SessionEvent.started(t));
    events.add(SessionEvent.cueDone(t = t.plusSeconds(10), "thanks.opening"));
    events.add(SessionEvent.cueDone(t = t.plusSeconds(150), "intro.purpose"));
    events.add(SessionEvent.phaseEntered(t = t.plusSeconds(20), PhaseId.OVERVIEW));
    events.add(SessionEvent.cueDone(t = t.plusSeconds(160), "overview.career"));
    events.add(SessionEvent.phaseEntered(t, PhaseId.DISCUSSION));
    events.add(SessionEvent.cueDone(t, "discussion.prepared-questions"));
    for (String question : new String[] {"q1", "q2", "q3"}) {
      events.add(SessionEvent.itemCovered(t = t.plusSeconds(200), question));
    }
    events.add(SessionEvent.itemCovered(t = t.plusSeconds(140), "q4"));
    events.add(SessionEvent.itemSkipped(t, "q5"));
    events.add(SessionEvent.itemSkipped(t, "q6"));
    events.add(SessionEvent.phaseEntered(t, PhaseId.ENDING));
    events.add(SessionEvent.cueDone(t = t.plusSeconds(40), "ending.ask-for-names"));
    events.add(SessionEvent.cueDone(t = t.plusSeconds(45), "ending.offer-help"));
    events.add(SessionEvent.cueDone(t = t.plusSeconds(35), "thanks.closing"));
    events.add(SessionEvent.ended(t));
    return events;
  }

  /**
   * Returns the follow-up of Dana's meeting: Sam promised a report, Dana named Lee Park and
   * advised an SQL course; Sam thanked her the next morning and sent the report two days later.
   *
   * @return the follow-up
   */
  public static FollowUp danaFollowUp() {
    Agenda agenda = SampleMeeting.agenda();
    Instant during = DANA_END.minus(Duration.ofMinutes(2));
    return FollowUp.builder()
        .meetingEnd(DANA_END)
        .counterpart(agenda.counterpart())
        .policy(agenda.plan().followUpPolicy())
        .addCommitment(Commitment.myPromise("report", "Send the claims-delay report", during))
        .addCommitment(Commitment.referral("lee", leePark(),
            "how Harbor moved adjusters into analytics", during))
        .addCommitment(Commitment.advice("sql", "Take the SQL course before applying", during))
        .build()
        .markDone(FollowUp.THANK_YOU_NOTE, DANA_END.plus(Duration.ofHours(20)))
        .markDone("deliver-promise:report", DANA_END.plus(Duration.ofDays(2)));
  }

  private static MeetingRecord dana() {
    return MeetingRecord.builder()
        .id("dana-reyes-2026-03-10")
        .agenda(SampleMeeting.agenda())
        .session(MeetingSession.replay(SampleMeeting.agenda(), danaEvents()))
        .followUp(danaFollowUp())
        .addInsight(Insight.drawnBy("SQL first, then a modelling tool; certificates matter less"
            + " than a project you can show", "q2", "sql", "portfolio"))
        .addInsight(Insight.drawnBy("Adjusters who move into analytics bring claims judgement the"
            + " data people lack", "q3", "domain knowledge"))
        .evangelist(Evangelist.YES)
        .build();
  }

  private static MeetingRecord lee() {
    Instant end = Instant.parse("2026-03-19T16:22:00Z");
    Contact lee = leePark();
    Contact maya = Contact.builder().name("Maya Chen").role("Analytics Manager")
        .organisation("Fabrikam Insurance").build();
    return MeetingRecord.builder()
        .id("lee-park-2026-03-19")
        .agenda(withCounterpart(lee, Instant.parse("2026-03-19T16:00:00Z")))
        .followUp(FollowUp.builder().meetingEnd(end).counterpart(lee)
            .addCommitment(Commitment.referral("maya", maya, "their adjuster-to-analyst programme",
                end.minus(Duration.ofMinutes(1))))
            .build()
            .markDone(FollowUp.THANK_YOU_NOTE, end.plus(Duration.ofHours(6)))
            .markDone("contact-referral:maya", end.plus(Duration.ofDays(2))))
        .addInsight(Insight.drawnBy("Learn SQL well enough to answer your own questions", "q2",
            "sql"))
        .addInsight(Insight.of("Tell the story of one claim you turned around with data",
            "storytelling", "portfolio"))
        .evangelist(Evangelist.LIKELY)
        .build();
  }

  private static MeetingRecord tom() {
    Instant end = Instant.parse("2026-03-24T12:25:00Z");
    Contact tom = Contact.builder().name("Tom Becker").role("Operations Manager")
        .organisation("Contoso").addNote(ResearchNote.of("n1", "Ran claims operations for ten"
            + " years", "alumni group")).addNote(ResearchNote.of("n2", "Now leads the"
            + " operations data team", "LinkedIn")).addNote(ResearchNote.of("n3", "Hires from"
            + " inside the claims floor", "alumni group")).build();
    return MeetingRecord.builder()
        .id("tom-becker-2026-03-24")
        .agenda(withCounterpart(tom, Instant.parse("2026-03-24T12:00:00Z")))
        .followUp(FollowUp.builder().meetingEnd(end).counterpart(tom)
            .addCommitment(Commitment.myPromise("article", "Send the article on claims triage",
                end.minus(Duration.ofMinutes(3))))
            .build())
        .addInsight(Insight.of("Operations teams want analysts who can sit with adjusters",
            "domain knowledge"))
        .build();
  }

  private static MeetingRecord maya() {
    Instant end = Instant.parse("2026-04-02T09:21:00Z");
    Contact maya = Contact.builder().name("Maya Chen").role("Analytics Manager")
        .organisation("Fabrikam Insurance").addNote(ResearchNote.of("n1", "Runs Fabrikam's"
            + " adjuster-to-analyst programme", "Lee Park")).addNote(ResearchNote.of("n2",
            "Published the programme's first-year results", "company blog"))
        .addNote(ResearchNote.of("n3", "Was a claims adjuster herself", "LinkedIn")).build();
    return MeetingRecord.builder()
        .id("maya-chen-2026-04-02")
        .agenda(withCounterpart(maya, Instant.parse("2026-04-02T09:00:00Z")))
        .followUp(FollowUp.builder().meetingEnd(end).counterpart(maya).build()
            .markDone(FollowUp.THANK_YOU_NOTE, end.plus(Duration.ofHours(30))))
        .addInsight(Insight.drawnBy("The programme's graduates all had SQL before they applied",
            "q1", "SQL"))
        .evangelist(Evangelist.LIKELY)
        .build();
  }

  private static Contact leePark() {
    return Contact.builder().name("Lee Park").role("Head of Data").organisation("Harbor Insurance")
        .addNote(ResearchNote.of("n1", "Moved Harbor's adjusters into analytics roles", "Dana"
            + " Reyes"))
        .addNote(ResearchNote.of("n2", "Leads a team of twelve analysts", "LinkedIn"))
        .addNote(ResearchNote.of("n3", "Speaks on data literacy in insurance",
            "conference programme"))
        .build();
  }

  private static Agenda withCounterpart(Contact counterpart, Instant start) {
    return Agenda.builder().from(SampleMeeting.agenda()).counterpart(counterpart)
        .scheduledStart(start).build();
  }
}
