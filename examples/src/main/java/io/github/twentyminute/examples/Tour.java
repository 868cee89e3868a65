package io.github.twentyminute.examples;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.plan.TimeBox;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;

/**
 * The five-minute tour of the API in {@code README.md}, as a program that compiles and runs.
 *
 * <p>Each snippet of the README's tour is a region of this file between a {@code // tour:NAME}
 * line and a {@code // end:NAME} line; a test checks that every Java block of the tour appears
 * here verbatim and runs {@link #main(String[])}.
 */
public final class Tour {
  private Tour() {}

  /**
   * Runs every step of the tour, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    plan();
    ownPlan();
    agenda();
  }

  static void plan() {
    // tour:plan
    MeetingPlan plan = MeetingPlans.twentyMinute();          // the book's plan
    ValidationReport verdict = plan.feasibility();            // can it work?
    System.out.println(verdict.summary());
    // end:plan
  }

  static void ownPlan() {
    // tour:own-plan
    MeetingPlan panel = MeetingPlan.builder()                  // your own: a 45-minute panel visit
        .name("Panel visit")
        .budget(Duration.ofMinutes(45))
        .hardCeiling(Duration.ofMinutes(55))
        .addPhase(MeetingPlans.introduction(TimeBox.ofMinutes(2, 3, 4)))
        .addPhase(PhasePlan.builder().id(PhaseId.of("panel-questions")).title("Panel questions")
            .timeBox(TimeBox.ofMinutes(30, 37, 40)).absorbsOverruns(true).build())
        .addPhase(MeetingPlans.ending(TimeBox.ofMinutes(4, 5, 6)))
        .build();
    System.out.println(panel.feasibility());                   // headline only
    // end:own-plan
  }

  static void agenda() {
    // tour:agenda
    Agenda agenda = SampleMeeting.agenda();                    // Sam meets Dana, 13 items
    System.out.println(agenda.counterpart().name() + ": " + agenda.items().size() + " items, "
        + agenda.totalPlanned().toMinutes() + " minutes planned, discussion "
        + agenda.planned(PhaseId.DISCUSSION).toMinutes() + " minutes");
    // end:agenda
  }
}
