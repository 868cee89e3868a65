package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.rules.BuiltInRules;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.rules.Rule;
import io.github.twentyminute.rules.RuleSet;
import io.github.twentyminute.rules.RuleSettings;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.rules.Violation;
import java.time.Duration;
import java.util.List;
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
          assertThat(report.violations()).as("%s", report.summary()).isEmpty();
          assertThat(report.rulesRun()).hasSize(16);
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
        .checkAssert(agenda -> assertThat(rules.validate(agenda).violations()).isEmpty());
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
          .violations()).isEmpty();
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
          assertThat(report.violations()).as("%s: %s", defective.defect, report.summary())
              .isNotEmpty()
              .allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(defective.defect.ruleId()));
        });
  }

  @Test
  void everyDefectMapsToItsOwnBuiltInRule() {
    assertThat(AgendaDefect.values()).extracting(AgendaDefect::ruleId)
        .containsExactlyElementsOf(BuiltInRules.ids());
  }

  @Test
  void validationNeverThrowsWithOrWithoutAThrowingUserRule() {
    RuleSet withThrowing = STANDARD.with(THROWING);
    qt().withFixedSeed(24).withExamples(1000)
        .forAll(QuickTheoriesGen.of(AGENDAS::any))
        .checkAssert(agenda -> {
          ValidationReport plain = STANDARD.validate(agenda);
          ValidationReport report = withThrowing.validate(agenda);
          assertThat(report.rulesRun()).hasSize(17).endsWith("acme.throws");
          assertThat(report.forRule("acme.throws")).containsExactly(Violation.of("acme.throws",
              Severity.ERROR, Location.root(), "rule acme.throws failed with"
                  + " java.lang.IllegalStateException: no luck with " + agenda.items().size()
                  + " items; expected it to report its findings, so its findings for this"
                  + " agenda are missing",
              "Fix rule acme.throws (" + THROWING.getClass().getName() + "): a rule reports"
                  + " through its context and never throws; until then, disable it with"
                  + " disable(\"acme.throws\")"));
          assertThat(report.violations()).containsAll(plain.violations())
              .hasSize(plain.violations().size() + 1);
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
        List<Violation> found = STANDARD.validate(agenda).violations();
        assertThat(found).allSatisfy(v -> assertThat(AgendaPaths.resolves(agenda, v.path()))
            .as("%s resolves", v.path()).isTrue());
      }
    }
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
