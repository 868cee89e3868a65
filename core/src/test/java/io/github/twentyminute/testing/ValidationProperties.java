package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.rules.BuiltInRules;
import io.github.twentyminute.rules.Rule;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.RuleSettings;
import io.github.twentyminute.rules.ValidationReport;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationProperties {
  private static final AgendaGenerator AGENDAS = AgendaGenerator.standard();
  private static final RuleSet STANDARD = RuleSet.standard();
  private static final Rule THROWING = Rule.of("acme.throws", Severity.WARNING, agenda -> {
    throw new IllegalStateException("no luck with " + agenda.items().size() + " items");
  }, agenda -> "never reached", "Throws on every agenda");

  @Test
  void generatedValidAgendasPassEveryBuiltInRule() {
    qt().withFixedSeed(21).withExamples(1000)
        .forAll(QuickTheoriesGen.of(AGENDAS::valid))
        .checkAssert(agenda -> {
          ValidationReport report = STANDARD.validate(agenda);
          assertThat(report.findings()).as("%s", report.summary()).isEmpty();
          assertThat(report.rulesRun()).hasSize(21);
        });
  }

  @Test
  void generatedAgendasForOtherSettingsPassUnderThoseSettings() {
    RuleSettings settings = RuleSettings.builder().minimumQuestions(5).wordsPerMinute(130)
        .questionPace(Duration.ofSeconds(100)).minimumResearchNotes(3).maximumOverviewYears(0)
        .build();
    AgendaGenerator generator = AgendaGenerator.forSettings(settings);
    RuleSet rules = STANDARD.withSettings(settings);
    qt().withFixedSeed(22).withExamples(300)
        .forAll(QuickTheoriesGen.of(generator::valid))
        .checkAssert(agenda -> assertThat(rules.validate(agenda).findings()).isEmpty());
    for (AgendaDefect defect : AgendaDefect.values()) {
      for (long seed = 0; seed < 30; seed++) {
        ValidationReport report = rules.validate(generator.withDefect(Randomness.seeded(seed),
            defect));
        assertThat(report.rulesFired()).as("%s seed %s: %s", defect, seed, report.summary())
            .containsExactly(defect.ruleId());
      }
    }
  }

  @Test
  void sizedAgendasPassEveryBuiltInRule() {
    for (int size : new int[] {9, 10, 100, 1000, 10_000}) {
      assertThat(STANDARD.validate(AGENDAS.validWithItems(Randomness.seeded(size), size))
          .findings()).isEmpty();
    }
  }

  @Test
  void oneInjectedDefectFailsExactlyThatDefectsRule() {
    List<AgendaDefect> defects = List.of(AgendaDefect.values());
    qt().withFixedSeed(23).withExamples(1500)
        .forAll(QuickTheoriesGen.of(randomness -> {
          AgendaDefect defect = randomness.oneOf(defects);
          return new Defective(defect, AGENDAS.withDefect(randomness, defect));
        }))
        .checkAssert(defective -> {
          ValidationReport report = STANDARD.validate(defective.agenda);
          assertThat(report.findings()).as("%s: %s", defective.defect, report.summary())
              .isNotEmpty()
              .allSatisfy(f -> assertThat(f.id()).isEqualTo(defective.defect.ruleId()));
        });
  }

  @Test
  void everyDefectMapsToItsOwnBuiltInRule() {
    assertThat(AgendaDefect.values()).extracting(AgendaDefect::ruleId)
        .containsExactlyElementsOf(BuiltInRules.all().stream()
            .filter(rule -> !rule.appliesToPlanAlone()).map(Rule::id).toList());
  }

  @Test
  void validationNeverThrowsWithOrWithoutAThrowingUserRule() {
    RuleSet withThrowing = STANDARD.with(THROWING);
    qt().withFixedSeed(24).withExamples(1000)
        .forAll(QuickTheoriesGen.of(AGENDAS::any))
        .checkAssert(agenda -> {
          ValidationReport plain = STANDARD.validate(agenda);
          ValidationReport report = withThrowing.validate(agenda);
          assertThat(report.rulesRun()).hasSize(22).endsWith("acme.throws");
          assertThat(report.forRule("acme.throws")).containsExactly(Finding.of("acme.throws",
              Location.root(), RuleSet.RULE_FAILED, Arguments.builder()
                  .text("rule", "acme.throws")
                  .text("ruleClass", THROWING.getClass().getName())
                  .text("reason", "java.lang.IllegalStateException: no luck with "
                      + agenda.items().size() + " items").build())
              .withSeverity(Severity.ERROR));
          assertThat(report.findings()).containsAll(plain.findings())
              .hasSize(plain.findings().size() + 1);
        });
  }

  @Test
  void sameInputGivesTheSameReport() {
    qt().withFixedSeed(25).withExamples(500)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Agenda agenda = AGENDAS.any(Randomness.seeded(seed));
          Agenda equal = AGENDAS.any(Randomness.seeded(seed));
          ValidationReport first = STANDARD.validate(agenda);
          assertThat(STANDARD.validate(agenda)).isEqualTo(first);
          assertThat(STANDARD.validate(equal)).isEqualTo(first);
          assertThat(STANDARD.validate(equal).summary()).isEqualTo(first.summary());
        });
  }

  @Test
  void builtInRulesKeepTheRuleContract() {
    for (Rule rule : BuiltInRules.all()) {
      ContractResult result = RuleContract.of(rule).agendas(150).check();
      assertThat(result.failures()).as(result.summary()).isEmpty();
      assertThat(result.agendasChecked()).isEqualTo(150);
    }
  }

  @Test
  void reportsOfDefectiveAgendasPointAtRealElements() {
    for (AgendaDefect defect : AgendaDefect.values()) {
      for (long seed = 0; seed < 40; seed++) {
        Agenda agenda = AGENDAS.withDefect(Randomness.seeded(seed), defect);
        List<Finding> found = STANDARD.validate(agenda).findings();
        assertThat(found).allSatisfy(f -> assertThat(AgendaLocations.resolves(agenda, f.location()))
            .as("%s resolves", f.location()).isTrue());
      }
    }
  }

  @Test
  void everyFindingRendersWithAllItsArgumentsInEveryShippedLocale() {
    List<AgendaDefect> defects = List.of(AgendaDefect.values());
    qt().withFixedSeed(26).withExamples(800)
        .forAll(QuickTheoriesGen.of(randomness -> withBrokenPlan(randomness.chance(25)
            ? AGENDAS.any(randomness)
            : AGENDAS.withDefect(randomness, randomness.oneOf(defects)), randomness)))
        .checkAssert(agenda -> {
          ValidationReport report = STANDARD.validate(agenda);
          for (Locale locale : Renderer.shippedLocales()) {
            Renderer renderer = Renderer.of(locale);
            for (Finding finding : report.findings()) {
              assertThat(renderer.message(finding)).as("%s %s", locale, finding)
                  .isNotBlank().doesNotContain("{");
              assertThat(renderer.hint(finding)).as("%s %s hint", locale, finding).get()
                  .asString().isNotBlank().doesNotContain("{");
            }
            assertThat(report.summary(locale)).doesNotContain("{");
          }
        });
  }

  /** Sometimes gives the agenda a plan the plan's own rules report. */
  private static Agenda withBrokenPlan(Agenda agenda, Randomness randomness) {
    MeetingPlan plan = agenda.plan();
    switch (randomness.between(0, 3)) {
      case 0:
        plan = MeetingPlan.builder().from(plan).hardCeiling(plan.budget().minusSeconds(
            randomness.between(1, (int) plan.budget().getSeconds() - 1))).build();
        break;
      case 1:
        plan = MeetingPlan.builder().from(plan).budget(Duration.ofSeconds(
            randomness.between(1, (int) plan.totalMinimum().getSeconds()))).build();
        break;
      default:
        return agenda;
    }
    return Agenda.builder().from(agenda).plan(plan).build();
  }

  private static final class Defective {
    final AgendaDefect defect;
    final Agenda agenda;

    Defective(AgendaDefect defect, Agenda agenda) {
      this.defect = defect;
      this.agenda = agenda;
    }

    @Override
    public String toString() {
      return defect + " " + agenda;
    }
  }
}
