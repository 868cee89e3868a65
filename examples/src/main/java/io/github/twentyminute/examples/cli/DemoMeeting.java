package io.github.twentyminute.examples.cli;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.TaskId;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.SessionEvent;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's story on built-in data: Sam Okafor's first draft of the agenda for meeting Dana
 * Reyes, the meeting itself as a log of events on a fixed clock, and what was promised in it.
 */
final class DemoMeeting {
  static final Instant START = SampleMeeting.SCHEDULED_START;
  /** When the sample meeting ended: it started 1:10 late and ran its 20:00. */
  static final Instant END = START.plusSeconds(70 + 20 * 60);
  /** When the follow-up is scored: four days after the meeting. */
  static final Instant AS_OF = END.plus(Duration.ofDays(4));

  private DemoMeeting() {}

  /** Returns Sam's first draft: q1 stretched to 6:00 and a question asking for a job. */
  static Agenda draft() {
    Agenda sample = SampleMeeting.agenda();
    List<AgendaItem> items = new ArrayList<>(sample.items());
    int q1 = sample.indexOf("q1");
    items.set(q1, items.get(q1).withPlanned(Duration.ofMinutes(6)));
    items.add(sample.indexOf("q6") + 1, AgendaItem.builder().id("q7").phase(PhaseId.DISCUSSION)
        .kind(ItemKind.QUESTION).text("Does your team have any openings for someone like me?")
        .planned(Duration.ofSeconds(60)).priority(3).addLinkedNote("n3").build());
    return sample.withItems(items);
  }

  /** Returns the agenda Sam takes to the meeting. */
  static Agenda agenda() {
    return SampleMeeting.agenda();
  }

  /** Returns one moment of the meeting: a label and the events recorded up to it. */
  record Moment(String label, Instant at, int events) {}

  /** Returns the meeting's events, on a fixed clock. */
  static List<SessionEvent> events() {
    List<SessionEvent> events = new ArrayList<>();
    Instant t = START.plusSeconds(70);
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

  /** Returns the moments the demo shows the pacing at. */
  static List<Moment> moments() {
    return List.of(
        new Moment("just started, 1:10 late", START.plusSeconds(70), 1),
        new Moment("the introduction ran long", START.plusSeconds(250), 4),
        new Moment("late in the discussion", START.plusSeconds(1070), 10),
        new Moment("moved to the ending", START.plusSeconds(1150), 14));
  }

  /** Returns the ended session. */
  static MeetingSession session() {
    return MeetingSession.replay(agenda(), events());
  }

  /**
   * Returns what was promised: Sam a report, Dana the name of Lee Park and advice to take an SQL
   * course; and what Sam has done since: thanked her the next morning, sent the report two days
   * later.
   */
  static FollowUp followUp() {
    Agenda agenda = SampleMeeting.agenda();
    Instant during = END.minus(Duration.ofMinutes(2));
    return FollowUp.builder()
        .meetingEnd(END)
        .counterpart(agenda.counterpart())
        .addCommitment(Commitment.myPromise("report", "Send the claims-delay report", during))
        .addCommitment(Commitment.referral("lee", leePark(),
            "how Harbor moved adjusters into analytics", during))
        .addCommitment(Commitment.advice("sql", "Take the SQL course before applying", during))
        .build()
        .markDone(TaskId.THANK_YOU_NOTE, END.plus(Duration.ofHours(20)))
        .markDone("deliver-promise:report", END.plus(Duration.ofDays(2)));
  }

  private static Contact leePark() {
    return Contact.builder().name("Lee Park").role("Head of Data").organisation("Harbor Insurance")
        .build();
  }
}
