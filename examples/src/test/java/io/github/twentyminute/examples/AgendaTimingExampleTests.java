package io.github.twentyminute.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.testing.AgendaGenerator;
import io.github.twentyminute.testing.Randomness;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

class AgendaTimingExampleTests {

  @Test
  void mainReportsThatEveryPropertyHolds() {
    String printed = TourTests.captureStandardOutput(() -> AgendaTimingExample.main(new String[0]));

    assertThat(printed).isEqualTo(
        "all 4 timing properties hold for 500 generated agendas (seed 42)\n");
  }

  @Test
  void checkNamesTheBrokenPropertyAndTheSeedThatReproducesIt() {
    // An edit that forgets to take the new question's time from the others.
    String report = AgendaTimingExample.check(42, 500, (agenda, text) -> {
      var items = new java.util.ArrayList<>(agenda.items());
      items.add(AgendaItem.question("added", text, AgendaTimingExample.WANTED));
      return agenda.withItems(items);
    });

    assertThat(report).startsWith("property broken after 1 of 500 agendas: the discussion must"
        + " keep its planned ");
    String seed = report.substring(report.indexOf("Randomness.seeded(") + 18, report.indexOf("L))"));
    Agenda reproduced = AgendaGenerator.standard().valid(Randomness.seeded(Long.parseLong(seed)));
    assertThat(report).contains("the discussion must keep its planned "
        + reproduced.planned(PhaseId.DISCUSSION) + ", but is planned for "
        + reproduced.planned(PhaseId.DISCUSSION).plus(AgendaTimingExample.WANTED));
  }

  @Test
  void addQuestionTakesTimeFromTheLowestPriorityQuestionsFirst() {
    Agenda sample = SampleMeeting.agenda();          // q5 and q6 have priority 3

    Agenda edited = AgendaTimingExample.addQuestion(sample, "What would you ask in my place?");

    assertThat(edited.item("q5").orElseThrow().planned()).isEqualTo(Duration.ofSeconds(30));
    assertThat(edited.item("q6").orElseThrow().planned()).isEqualTo(Duration.ofSeconds(90));
    assertThat(edited.item("added").orElseThrow().planned()).isEqualTo(Duration.ofSeconds(90));
    assertThat(edited.indexOf("added")).isEqualTo(sample.indexOf("q6") + 1);
    assertThat(edited.totalPlanned()).isEqualTo(Duration.ofMinutes(20));
  }

  /** The same properties driven by QuickTheories, which can shrink through {@link Randomness}. */
  @Test
  void propertiesHoldUnderQuickTheories() {
    // readme:quicktheories-property
    qt().withFixedSeed(8).withExamples(300)
        .forAll(quickTheories(AgendaGenerator.standard()::valid))
        .checkAssert(agenda -> assertThat(AgendaTimingExample.brokenProperty(agenda,
            AgendaTimingExample.addQuestion(agenda, "Anything else?"))).isEmpty());
    // end:quicktheories-property
  }

  // readme:quicktheories
  static <T> Gen<T> quickTheories(Function<Randomness, T> generator) {
    return source -> generator.apply((min, max) ->
        (int) source.next(Constraint.between(min, max).withShrinkPoint(min)));
  }
  // end:quicktheories
}
