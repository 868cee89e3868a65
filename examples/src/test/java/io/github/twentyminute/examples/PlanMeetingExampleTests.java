package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanMeetingExampleTests {

  @Test
  void printsTheBooksPlanAndWhyARushedPlanCannotWork() {
    String nl = System.lineSeparator();
    String printed = TourTests.captureStandardOutput(() -> PlanMeetingExample.main(new String[0]));

    assertThat(printed).isEqualTo(PlanMeetingExample.run().replace(nl, "\n"));
    assertThat(printed).isEqualTo(""
        + "The 20-minute networking meeting: promise 20:00, never pass 30:00\n"
        + "  Introduction 1:00/2:00/2:00      thanks.opening, intro.small-talk, intro.purpose\n"
        + "  Overview     1:00/2:00/3:00      overview.career\n"
        + "  Discussion   12:00/14:00/15:00   discussion.prepared-questions\n"
        + "  Ending       2:00/2:00/3:00      ending.ask-for-names, ending.offer-help,"
        + " thanks.closing\n"
        + "Can it work? valid: 0 errors, 0 warnings, 0 infos; 5 rules ran\n"
        + "Promising 15 minutes instead: not valid: 1 error, 0 warnings, 0 infos; 5 rules ran\n"
        + "  error plan.minimums at phases: plan cannot fit: phase minimums add up to 16:00"
        + " against a 15:00 budget\n"
        + "      Lower the minimum of a phase by 1:00 or raise the budget\n");
  }
}
