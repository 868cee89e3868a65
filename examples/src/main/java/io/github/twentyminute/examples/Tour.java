package io.github.twentyminute.examples;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpScore;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.followup.ScoreLine;
import io.github.twentyminute.followup.TaskId;
import io.github.twentyminute.journal.Journal;
import io.github.twentyminute.journal.JournalSummary;
import io.github.twentyminute.json.DocumentType;
import io.github.twentyminute.json.TwentyMinuteJson;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.plan.TimeBox;
import io.github.twentyminute.rules.Rule;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.session.MeetingSession;
import io.github.twentyminute.session.Pacing;
import io.github.twentyminute.session.SessionEvent;
import io.github.twentyminute.testing.SampleJournal;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The five-minute tour of the API in {@code README.md}, as a program that compiles and runs.
 *
 * <p>Each snippet of the README's tour is a region of this file between a {@code // readme:NAME}
 * line and a {@code // end:NAME} line; a test checks that the README's tour shows exactly these
 * regions, verbatim and in order, and runs {@link #main(String[])}.
 */
public final class Tour {
  private Tour() {}

  /**
   * Runs the tour, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // readme:plan
    MeetingPlan plan = MeetingPlans.twentyMinute();          // the book's plan
    ValidationReport verdict = RuleSet.standard().validate(plan);   // can it work?
    System.out.println(verdict.summary());
    // end:plan

    // readme:own-plan
    MeetingPlan panel = MeetingPlan.builder()                  // your own: a 45-minute panel visit
        .name("Panel visit")
        .budget(Duration.ofMinutes(45))
        .hardCeiling(Duration.ofMinutes(55))
        .addPhase(MeetingPlans.introduction(TimeBox.ofMinutes(2, 3, 4)))
        .addPhase(PhasePlan.builder().id(PhaseId.of("panel-questions")).title("Panel questions")
            .timeBox(TimeBox.ofMinutes(30, 37, 40)).absorbsOverruns(true).build())
        .addPhase(MeetingPlans.ending(TimeBox.ofMinutes(4, 5, 6)))
        .build();
    System.out.println(RuleSet.standard().validate(panel));   // headline only
    // end:own-plan

    // readme:agenda
    Agenda agenda = SampleMeeting.agenda();                    // Sam meets Dana, 13 items
    System.out.println(agenda.counterpart().name() + ": " + agenda.items().size() + " items, "
        + agenda.totalPlanned().toMinutes() + " minutes planned, discussion "
        + agenda.planned(PhaseId.DISCUSSION).toMinutes() + " minutes");
    // end:agenda

    // readme:validate
    ValidationReport report = RuleSet.standard().validate(agenda);   // 21 rules: plan, agenda
    System.out.println(report.summary());

    Agenda tooLong = agenda.withItems(agenda.items().stream()
        .map(item -> item.id().equals("q1") ? item.withPlanned(Duration.ofMinutes(6)) : item)
        .toList());
    report = RuleSet.standard().validate(tooLong);
    report.findings().forEach(f -> System.out.println(f.id() + ": " + f.message()));
    System.out.println(report.findings().get(0).message(Locale.GERMAN));   // in German
    // end:validate

    // readme:rule
    Rule shortItems = Rule.forEachItem("acme.short-items", Severity.WARNING,
        item -> item.planned().compareTo(Duration.ofMinutes(4)) <= 0,
        item -> item.id() + " is planned for " + item.planned().toMinutes() + " minutes;"
            + " expected at most 4",
        "Split the item into two questions");
    ValidationReport mine = RuleSet.standard().with(shortItems).validate(tooLong);
    mine.forRule("acme.short-items")
        .forEach(f -> System.out.println(f.location() + ": " + f.message()));
    // end:rule

    // readme:pace
    Instant start = SampleMeeting.SCHEDULED_START;
    MeetingSession session = MeetingSession.of(agenda)
        .apply(SessionEvent.started(start))
        .apply(SessionEvent.phaseEntered(start.plusSeconds(190), PhaseId.OVERVIEW));
    Pacing pacing = session.pacing(start.plusSeconds(330));          // 5:30 into the meeting
    System.out.println(pacing);
    pacing.nudges().forEach(nudge -> System.out.println("  " + nudge.message()));
    System.out.println(pacing.summary(Locale.GERMAN));              // the same, in German
    // end:pace

    // readme:follow-up
    Instant end = start.plus(Duration.ofMinutes(21));
    FollowUp followUp = FollowUp.after(end)
        .withCommitment(Commitment.myPromise("report", "Send the claims-delay report", end))
        .markDone(TaskId.THANK_YOU_NOTE, end.plus(Duration.ofHours(5)));
    FollowUpScore score = FollowUpScorer.standard().score(followUp, end.plus(Duration.ofDays(3)));
    System.out.println(score.summary());                           // a task counts once done
    ScoreLine late = score.line("deliver-promise:report").orElseThrow();
    System.out.println(late.finding().id() + " " + late.finding().arguments().count("worthNow"));
    System.out.println(score.summary(Locale.GERMAN));              // the same score in German
    // end:follow-up

    // readme:journal
    JournalSummary journal = Journal.of(SampleJournal.records()).summary(SampleJournal.AS_OF);
    System.out.println(journal);                                   // 8 meetings with 7 people ...
    journal.recurringInsights().forEach(tag -> System.out.println("  " + tag));
    journal.referrals().chains().forEach(chain -> System.out.println("  " + chain));
    // end:journal

    // readme:json
    TwentyMinuteJson json = TwentyMinuteJson.create();
    String document = json.write(DocumentType.AGENDA, agenda);     // "format": "twentyminute/agenda@2"
    Agenda again = json.read(DocumentType.AGENDA, document);
    System.out.println(again.equals(agenda) + ", " + document.length() + " characters");
    // end:json
  }
}
