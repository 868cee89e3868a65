package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.fit.AgendaFitter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FitAgendaExampleTests {

  @Test
  void fitsTheOverlongAgendaAndExplainsEveryChange() {
    String printed = TourTests.captureStandardOutput(() -> FitAgendaExample.main(new String[0]));

    assertThat(printed).isEqualTo(""
        + "Before: 23:00 planned; not valid: 2 errors, 1 warning, 0 notes; 16 rules ran\n"
        + "  ERROR budget.total at items: agenda planned for 23:00; the plan's budget is 20:00\n"
        + "      Cut 3:00 to keep to the 20:00 you promised: shorten or drop your lowest-priority"
        + " items, such as q8 (1:00)\n"
        + "  ERROR phase.timebox at phases[discussion]: discussion planned for 17:00; its time"
        + " box allows 12:00 to 15:00\n"
        + "      Shorten discussion by 2:00, starting with its lowest-priority items\n"
        + "  WARNING discussion.questions at phases[discussion]: discussion has 8 prepared"
        + " questions; its 15:00 holds at most 7 at 2:00 a question\n"
        + "      Drop the lowest-priority question, or keep it in reserve outside the agenda\n"
        + "  q5 SHORTENED 2:00 -> 1:30: shortened by 0:30: priority 3, the lowest left in the"
        + " discussion, to bring the discussion from 17:00 down to its 15:00 maximum\n"
        + "  q6 DROPPED 1:30 -> 0:00: shortened by 0:30: priority 3, the lowest left in the"
        + " discussion, to bring the discussion from 17:00 down to its 15:00 maximum; then"
        + " dropped: priority 3, the lowest left in the discussion, to bring the agenda from"
        + " 21:00 down to its 20:00 budget\n"
        + "  q8 DROPPED 1:00 -> 0:00: dropped: priority 3, the lowest left in the discussion, to"
        + " bring the discussion from 17:00 down to its 15:00 maximum\n"
        + "After: 20:00 planned; valid: 0 errors, 0 warnings, 0 notes; 16 rules ran\n"
        + "Into 18:00: fits: 23:00 brought to 18:00 against a 18:00 budget, every phase within"
        + " its time box; dropped 3 items, shortened 1 item; dropped [q5, q6, q8]\n"
        + "Into 10:00: no fit: the agenda cannot go below 18:00 against its 10:00 budget:"
        + " time-box minimums, must-keep items and phases that keep their time add up to that\n");
  }

  @Test
  void theMustKeepQuestionAndTheEndingKeepTheirTime() {
    Agenda fitted = AgendaFitter.standard().fit(FitAgendaExample.overlong()).agenda();

    assertThat(fitted.item("q7").orElseThrow().planned()).isEqualTo(Duration.ofMinutes(2));
    assertThat(fitted.planned(io.github.twentyminute.plan.PhaseId.ENDING))
        .isEqualTo(Duration.ofMinutes(2));
  }
}
