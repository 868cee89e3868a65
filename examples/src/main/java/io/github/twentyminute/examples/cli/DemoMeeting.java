package io.github.twentyminute.examples.cli;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.examples.SampleJournal;
import io.github.twentyminute.followup.FollowUp;
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
  static final Instant END = SampleJournal.DANA_END;
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
    return SampleJournal.danaEvents();
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

  /** Returns what was promised, and what Sam has done since. */
  static FollowUp followUp() {
    return SampleJournal.danaFollowUp();
  }
}
