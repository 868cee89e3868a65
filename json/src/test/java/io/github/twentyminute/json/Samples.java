package io.github.twentyminute.json;

import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.CommitmentKind;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.Party;
import io.github.twentyminute.followup.TaskCompletion;
import io.github.twentyminute.followup.TaskId;
import io.github.twentyminute.journal.Evangelist;
import io.github.twentyminute.journal.Insight;
import io.github.twentyminute.journal.MeetingRecord;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.plan.TimeBox;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.SessionEvent;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Fixed documents for golden files and bad-input tests. */
final class Samples {
  private static final Instant START = SampleMeeting.SCHEDULED_START.plusSeconds(90);

  private Samples() {}

  private static Instant at(long seconds) {
    return START.plusSeconds(seconds);
  }

  /**
   * Returns the sample meeting as it ran: started 1:30 late, a long overview, a pause, one
   * question skipped, a forgotten tap corrected, ended at 21:10.
   */
  static MeetingSession session() {
    List<SessionEvent> events = List.of(
        SessionEvent.started(at(0)),
        SessionEvent.cueDone(at(20), "thanks.opening"),
        SessionEvent.itemCovered(at(30), "i1"),
        SessionEvent.itemCovered(at(60), "i2"),
        SessionEvent.cueDone(at(100), "intro.purpose"),
        SessionEvent.itemCovered(at(120), "i3"),
        SessionEvent.phaseEntered(at(125), PhaseId.OVERVIEW),
        SessionEvent.itemCovered(at(310), "o1"),
        SessionEvent.phaseEntered(at(310), PhaseId.DISCUSSION),
        SessionEvent.itemCovered(at(500), "q1"),
        SessionEvent.paused(at(510)),
        SessionEvent.resumed(at(570)),
        SessionEvent.itemCovered(at(700), "q2"),
        SessionEvent.itemCovered(at(860), "q3"),
        SessionEvent.itemCovered(at(980), "q4"),
        SessionEvent.itemSkipped(at(985), "q5"),
        SessionEvent.itemCovered(at(1080), "q6"),
        SessionEvent.phaseEntered(at(1085), PhaseId.ENDING),
        SessionEvent.cueDone(at(1130), "ending.ask-for-names"),
        SessionEvent.itemCovered(at(1135), "e1"),
        SessionEvent.cueDone(at(1180), "ending.offer-help"),
        SessionEvent.itemCovered(at(1185), "e2"),
        SessionEvent.itemCovered(at(1260), "e3"),
        SessionEvent.ended(at(1270)),
        SessionEvent.clockCorrected(at(1300), 17, at(1080)));
    return MeetingSession.replay(SampleMeeting.agenda(), events);
  }

  /** Returns the record of the sample meeting. */
  static MeetingRecord record() {
    return MeetingRecord.builder()
        .id("dana-reyes-2026-03-10")
        .agenda(SampleMeeting.agenda())
        .session(session())
        .followUp(followUp())
        .addInsight(Insight.drawnBy("Fraud models made SQL and Python table stakes on the team",
            "q2", "skills", "Tools"))
        .addInsight(Insight.drawnBy("Operations people succeed when they can explain a claim"
            + " end to end", "q3", "hiring"))
        .addInsight(Insight.of("Northwind hires analysts in the autumn", "hiring", "timing"))
        .evangelist(Evangelist.LIKELY)
        .build();
  }

  /** Returns the follow-up of the sample meeting, two days on, with every kind of commitment. */
  static FollowUp followUp() {
    Instant end = at(1270);
    return FollowUp.builder()
        .meetingEnd(end)
        .counterpart(SampleMeeting.counterpart())
        .addCommitment(Commitment.myPromise("report",
            "Send Dana the claims-delay report", end.minusSeconds(60)))
        .addCommitment(Commitment.referral("priya", Contact.builder().name("Priya Natarajan")
            .role("Lead Data Scientist").organisation("Harbor Insurance").build(),
            "Talk to Priya about the pricing models; use my name", end.minusSeconds(120)))
        .addCommitment(Commitment.theirOffer("intro", "Dana offered to introduce me to her"
            + " hiring manager", end.minusSeconds(90)).withDueBy(end.plus(Duration.ofDays(10))))
        .addCommitment(Commitment.advice("sql", "Learn window functions in SQL before applying",
            end.minusSeconds(300)))
        .addCommitment(Commitment.builder().id("coffee").owedBy(Party.THEIRS)
            .kind(CommitmentKind.OFFER).text("Maybe coffee in the spring").capturedAt(end)
            .tracked(false).build())
        .addCompletion(TaskCompletion.of(TaskId.THANK_YOU_NOTE.toString(), end.plus(Duration.ofHours(20))))
        .build();
  }

  /** Returns a plan with every feasibility finding but the empty one: an unworkable plan. */
  static MeetingPlan overfullPlan() {
    return MeetingPlan.builder()
        .name("Over-full panel visit")
        .budget(Duration.ofMinutes(20))
        .hardCeiling(Duration.ofMinutes(15))
        .addPhase(MeetingPlans.introduction(TimeBox.ofMinutes(2, 3, 4)))
        .addPhase(PhasePlan.builder().id(PhaseId.of("panel-questions")).title("Panel questions")
            .timeBox(TimeBox.ofMinutes(18, 20, 25)).absorbsOverruns(true).required(false)
            .build())
        .addPhase(MeetingPlans.ending(TimeBox.ofMinutes(2, 2, 3)))
        .addGroupLimit(io.github.twentyminute.plan.GroupLimit.of(Duration.ofSeconds(150),
            PhaseId.INTRODUCTION))
        .build();
  }

  /** Returns the feasibility report of {@link #overfullPlan()}: errors and warnings. */
  static ValidationReport overfullReport() {
    return io.github.twentyminute.rules.RuleSet.standard().validate(overfullPlan());
  }

  /**
   * Returns {@link #overfullReport()} as a {@code report@1} document holds it: each finding in
   * its English message and hint, as text.
   */
  static ValidationReport overfullReportAsText() {
    return asText(overfullReport());
  }

  /** Returns a report whose findings are the English texts of the given report's findings. */
  static ValidationReport asText(ValidationReport report) {
    java.util.List<io.github.twentyminute.findings.Finding> texts = new java.util.ArrayList<>();
    for (io.github.twentyminute.findings.Finding f : report.findings()) {
      texts.add(io.github.twentyminute.findings.Finding.ofText(f.id(), f.location(), f.message(),
          f.hint().orElse(f.message())).withSeverity(f.severity().orElseThrow()));
    }
    return ValidationReport.of(report.rulesRun(), texts);
  }
}
