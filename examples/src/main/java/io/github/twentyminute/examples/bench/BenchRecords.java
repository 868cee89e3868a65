package io.github.twentyminute.examples.bench;

import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.TaskCompletion;
import io.github.twentyminute.followup.TaskId;
import io.github.twentyminute.journal.Evangelist;
import io.github.twentyminute.journal.Insight;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.SessionEvent;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The meeting record the JSON benchmarks write and read: the sample meeting, as it ran. */
final class BenchRecords {
  private BenchRecords() {}

  /**
   * Returns the record of the sample meeting: its 13-item agenda on the book's plan, a session of
   * 25 events, a follow-up with four commitments and one task done, three insights.
   *
   * @param id the record's id
   * @return the record, at revision 0
   */
  static MeetingRecord sample(String id) {
    Instant start = SampleMeeting.SCHEDULED_START.plusSeconds(90);
    List<SessionEvent> events = List.of(
        SessionEvent.started(start),
        SessionEvent.cueDone(start.plusSeconds(20), "thanks.opening"),
        SessionEvent.itemCovered(start.plusSeconds(30), "i1"),
        SessionEvent.itemCovered(start.plusSeconds(60), "i2"),
        SessionEvent.cueDone(start.plusSeconds(100), "intro.purpose"),
        SessionEvent.itemCovered(start.plusSeconds(120), "i3"),
        SessionEvent.phaseEntered(start.plusSeconds(125), PhaseId.OVERVIEW),
        SessionEvent.itemCovered(start.plusSeconds(310), "o1"),
        SessionEvent.phaseEntered(start.plusSeconds(310), PhaseId.DISCUSSION),
        SessionEvent.itemCovered(start.plusSeconds(500), "q1"),
        SessionEvent.paused(start.plusSeconds(510)),
        SessionEvent.resumed(start.plusSeconds(570)),
        SessionEvent.itemCovered(start.plusSeconds(700), "q2"),
        SessionEvent.itemCovered(start.plusSeconds(860), "q3"),
        SessionEvent.itemCovered(start.plusSeconds(980), "q4"),
        SessionEvent.itemSkipped(start.plusSeconds(985), "q5"),
        SessionEvent.itemCovered(start.plusSeconds(1080), "q6"),
        SessionEvent.phaseEntered(start.plusSeconds(1085), PhaseId.ENDING),
        SessionEvent.cueDone(start.plusSeconds(1130), "ending.ask-for-names"),
        SessionEvent.itemCovered(start.plusSeconds(1135), "e1"),
        SessionEvent.cueDone(start.plusSeconds(1180), "ending.offer-help"),
        SessionEvent.itemCovered(start.plusSeconds(1185), "e2"),
        SessionEvent.itemCovered(start.plusSeconds(1260), "e3"),
        SessionEvent.ended(start.plusSeconds(1270)),
        SessionEvent.clockCorrected(start.plusSeconds(1300), 17, start.plusSeconds(1080)));
    MeetingSession session = MeetingSession.replay(SampleMeeting.agenda(), events);
    Instant end = start.plusSeconds(1270);
    FollowUp followUp = FollowUp.builder()
        .meetingEnd(end)
        .counterpart(SampleMeeting.counterpart())
        .addCommitment(Commitment.myPromise("report", "Send Dana the claims-delay report",
            end.minusSeconds(60)))
        .addCommitment(Commitment.referral("priya", Contact.builder().name("Priya Natarajan")
            .role("Lead Data Scientist").organisation("Harbor Insurance").build(),
            "Talk to Priya about the pricing models; use my name", end.minusSeconds(120)))
        .addCommitment(Commitment.theirOffer("intro", "Dana offered to introduce me to her"
            + " hiring manager", end.minusSeconds(90)).withDueBy(end.plus(Duration.ofDays(10))))
        .addCommitment(Commitment.advice("sql", "Learn window functions in SQL before applying",
            end.minusSeconds(300)))
        .addCompletion(TaskCompletion.of(TaskId.THANK_YOU_NOTE.toString(), end.plus(Duration.ofHours(20))))
        .build();
    return MeetingRecord.builder()
        .id(id)
        .agenda(SampleMeeting.agenda())
        .session(session)
        .followUp(followUp)
        .addInsight(Insight.drawnBy("Fraud models made SQL and Python table stakes on the team",
            "q2", "skills", "tools"))
        .addInsight(Insight.drawnBy("Operations people succeed when they can explain a claim"
            + " end to end", "q3", "hiring"))
        .addInsight(Insight.of("Northwind hires analysts in the autumn", "hiring", "timing"))
        .evangelist(Evangelist.LIKELY)
        .build();
  }
}
