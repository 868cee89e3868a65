package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.internal.Texts;
import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.rules.RuleSettings;
import java.time.Duration;
import io.github.twentyminute.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GeneratorProperties {
  private static final AgendaGenerator AGENDAS = AgendaGenerator.standard();

  @Test
  void generatedPlansAreFeasibleWithNoFindingAtAll() {
    qt().withFixedSeed(11).withExamples(300)
        .forAll(QuickTheoriesGen.of(PlanGenerator.standard()::feasible))
        .checkAssert(plan -> {
          assertThat(RuleSet.standard().validate(plan).findings()).isEmpty();
          Duration discussionMax = plan.requirePhase(PhaseId.DISCUSSION).timeBox().max();
          assertThat(RuleSettings.defaults().questionsThatFit(discussionMax)).isGreaterThanOrEqualTo(3);
          assertThat(discussionMax.minus(plan.requirePhase(PhaseId.DISCUSSION).timeBox().target()))
              .isGreaterThanOrEqualTo(Duration.ofMinutes(1));
        });
  }

  @Test
  void generatedAgendasKeepToTheirPlan() {
    qt().withFixedSeed(12).withExamples(300)
        .forAll(QuickTheoriesGen.of(AGENDAS::valid))
        .checkAssert(agenda -> assertKeepsToPlan(agenda, RuleSettings.defaults()));
  }

  @Test
  void agendasForOtherSettingsKeepToThoseSettings() {
    RuleSettings settings = RuleSettings.builder().minimumQuestions(6)
        .questionPace(Duration.ofSeconds(90)).wordsPerMinute(130).minimumResearchNotes(4).build();
    AgendaGenerator generator = AgendaGenerator.forSettings(settings);
    qt().withFixedSeed(13).withExamples(200)
        .forAll(QuickTheoriesGen.of(generator::valid))
        .checkAssert(agenda -> {
          assertKeepsToPlan(agenda, settings);
          assertThat(agenda.counterpart().notes()).hasSizeGreaterThanOrEqualTo(4);
        });
  }

  @Test
  void sizedAgendasHaveExactlyTheAskedNumberOfItems() {
    for (int size : new int[] {9, 10, 11, 100, 1000, 10_000}) {
      Agenda agenda = AGENDAS.validWithItems(Randomness.seeded(size), size);
      assertThat(agenda.items()).hasSize(size);
      assertKeepsToPlan(agenda, RuleSettings.defaults());
    }
  }

  @Test
  void sizedAgendaRefusesFewerItemsThanTheMethodNeeds() {
    assertThat(AGENDAS.smallestSize()).isEqualTo(9);
    assertThatThrownBy(() -> AGENDAS.validWithItems(Randomness.seeded(1), 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an agenda that follows the method has at least 9 items (two introduction"
            + " cues, the overview, 3 questions, three ending cues), but 8 were asked for");
  }

  @Test
  void sameSeedGivesEqualAgendas() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(AGENDAS.valid(Randomness.seeded(seed)))
          .isEqualTo(AGENDAS.valid(Randomness.seeded(seed)));
    }
    assertThat(AGENDAS.valid(Randomness.seeded(1))).isNotEqualTo(AGENDAS.valid(Randomness.seeded(2)));
  }

  @Test
  void simplestAgendaIsTheSmallest() {
    Agenda simplest = AGENDAS.valid(Randomness.simplest());
    assertThat(simplest.items()).hasSize(AGENDAS.smallestSize());
    assertThat(simplest.counterpart().name()).isEqualTo("Dana Reyes");
    assertThat(simplest.scheduledStart()).isEmpty();
    assertKeepsToPlan(simplest, RuleSettings.defaults());
  }

  @Test
  void shrinkingThroughTheAdapterFindsTheSmallestCounterexample() {
    // A deliberately false property: "no agenda has more than 3 questions". QuickTheories must
    // shrink whatever it first finds down to the simplest agenda with exactly 4 questions.
    Gen<Agenda> agendas = QuickTheoriesGen.of(AGENDAS::valid)
        .describedAs(a -> "questions=" + a.items(PhaseId.DISCUSSION).size() + " counterpart="
            + a.counterpart().name() + " notes=" + a.counterpart().notes().size());
    assertThatThrownBy(() -> qt().withFixedSeed(5).withExamples(200).withShrinkCycles(2000)
        .forAll(agendas)
        .check(agenda -> agenda.items(PhaseId.DISCUSSION).size() <= 3))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("questions=4 counterpart=Dana Reyes notes=2");
  }

  private static void assertKeepsToPlan(Agenda agenda, RuleSettings settings) {
    MeetingPlan plan = agenda.plan();
    assertThat(RuleSet.standard().validate(plan).findings()).isEmpty();
    assertThat(agenda.totalPlanned()).isLessThanOrEqualTo(plan.budget());
    for (PhasePlan phase : plan.phases()) {
      assertThat(phase.timeBox().contains(agenda.planned(phase.id())))
          .as("%s planned %s within %s", phase.id(), agenda.planned(phase.id()), phase.timeBox())
          .isTrue();
    }
    for (GroupLimit limit : plan.groupLimits()) {
      Duration sum = limit.phases().stream().map(agenda::planned)
          .reduce(Duration.ZERO, Duration::plus);
      assertThat(sum).isLessThanOrEqualTo(limit.max());
    }
    int lastPhase = 0;
    for (AgendaItem item : agenda.items()) {
      assertThat(item.planned()).isPositive();
      assertThat(plan.indexOf(item.phase())).isGreaterThanOrEqualTo(lastPhase);
      lastPhase = plan.indexOf(item.phase());
      if (item.kind() == ItemKind.QUESTION) {
        assertThat(item.linkedNotes()).isNotEmpty();
      }
    }
    long questions = agenda.items(PhaseId.DISCUSSION).size();
    assertThat(questions).isBetween((long) settings.minimumQuestions(),
        settings.questionsThatFit(plan.requirePhase(PhaseId.DISCUSSION).timeBox().max()));
    assertThat(settings.speakingTime(Texts.countWords(agenda.overview())))
        .isLessThanOrEqualTo(agenda.planned(PhaseId.OVERVIEW));
  }
}
