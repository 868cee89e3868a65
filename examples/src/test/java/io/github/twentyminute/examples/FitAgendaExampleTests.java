package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.fit.AgendaFitter;
import io.github.twentyminute.fit.FitChange;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FitAgendaExampleTests {

  @Test
  void fitsTheOverlongAgendaAndExplainsEveryChange() {
    String printed = TourTests.captureStandardOutput(() -> FitAgendaExample.main(new String[0]));
    List<String> lines = List.of(printed.split("\n"));

    assertThat(lines.get(0)).startsWith("Before: 23:00 planned; not valid: ");
    int after = lines.indexOf(lines.stream().filter(l -> l.startsWith("After: ")).findFirst()
        .orElseThrow());
    assertThat(lines.subList(after - 3, after)).extracting(l -> l.trim().split(" ")[1]).as("item ids")
        .containsExactly("q5", "q6", "q8");
    assertThat(lines.get(after)).isEqualTo(
        "After: 20:00 planned; valid: 0 errors, 0 warnings, 0 infos; 21 rules ran");
    assertThat(lines.get(after + 1)).startsWith("Into 18:00: fits: 23:00 brought to 18:00 ")
        .endsWith("; dropped [q5, q6, q8]");
    assertThat(lines.get(after + 2)).startsWith("  in German: passt: ");
    assertThat(lines.get(after + 3)).startsWith("Into 10:00: no fit: ");
    assertThat(lines.subList(after + 4, lines.size())).hasSize(5)
        .allSatisfy(line -> assertThat(line).startsWith("  the "));
  }

  @Test
  void describesAChangeWithTheStepsItWasMadeFor() {
    FitChange q6 = AgendaFitter.standard().fit(FitAgendaExample.overlong()).changes().get(1);

    assertThat(FitAgendaExample.describe(q6, Renderer.ENGLISH)).isEqualTo(
        Renderer.ENGLISH.message(q6.finding()) + " (" + q6.reasons().get(0).message() + "; "
            + q6.reasons().get(1).message() + ")");
  }

  @Test
  void theMustKeepQuestionAndTheEndingKeepTheirTime() {
    Agenda fitted = AgendaFitter.standard().fit(FitAgendaExample.overlong()).agenda();

    assertThat(fitted.item("q7").orElseThrow().planned()).isEqualTo(Duration.ofMinutes(2));
    assertThat(fitted.planned(io.github.twentyminute.plan.PhaseId.ENDING))
        .isEqualTo(Duration.ofMinutes(2));
  }
}
