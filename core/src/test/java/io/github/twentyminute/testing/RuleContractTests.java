package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.rules.Rule;
import io.github.twentyminute.rules.RuleContext;
import io.github.twentyminute.findings.Severity;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RuleContractTests {

  @Test
  void wellBehavedRuleKeepsTheContract() {
    Rule rule = Rule.forEachItem("acme.no-long-items", Severity.WARNING,
        item -> item.planned().compareTo(Duration.ofMinutes(2)) <= 0,
        item -> item.id() + " is planned for more than 2:00", "Shorten it");
    ContractResult result = RuleContract.of(rule).agendas(100).check();
    assertThat(result.passed()).isTrue();
    assertThat(result.agendasChecked()).isEqualTo(100);
    assertThat(result.summary()).isEqualTo("rule acme.no-long-items kept the rule contract on"
        + " 100 agendas");
    RuleContract.of(rule).agendas(50).verify();
  }

  @Test
  void throwingRuleFailsWithTheSeedThatReproducesIt() {
    Rule rule = Rule.of("acme.throws", Severity.ERROR, agenda -> {
      if (agenda.items().size() > 12) {
        throw new IllegalStateException("too many items: " + agenda.items().size());
      }
      return true;
    }, agenda -> "unused", "Throws on long agendas");
    ContractResult result = RuleContract.of(rule).agendas(200).check();
    assertThat(result.passed()).isFalse();
    ContractResult.Failure first = result.failures().get(0);
    long seed = first.seed().getAsLong();
    int items = AgendaGenerator.standard().any(Randomness.seeded(seed)).items().size();
    assertThat(items).isGreaterThan(12);
    assertThat(first.problem()).isEqualTo("rule acme.throws threw"
        + " java.lang.IllegalStateException: too many items: " + items + "; expected it to"
        + " report findings through its context");
    ContractResult again = RuleContract.of(rule).seed(seed).agendas(1).check();
    assertThat(again.failures()).containsExactly(first);
    assertThat(again.summary()).isEqualTo("rule acme.throws broke the rule contract on 1 agenda"
        + System.lineSeparator() + "  seed " + seed + ": " + first.problem());
  }

  @Test
  void stopsAfterTwentyFailures() {
    Rule rule = Rule.of("acme.always-throws", Severity.ERROR, agenda -> {
      throw new UnsupportedOperationException();
    }, agenda -> "unused", "Always throws");
    ContractResult result = RuleContract.of(rule).check();
    assertThat(result.failures()).hasSize(20);
    assertThat(result.agendasChecked()).isEqualTo(20);
    assertThat(result.failures()).extracting(f -> f.seed().getAsLong())
        .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L,
            16L, 17L, 18L, 19L);
    assertThat(result).hasToString(result.summary());
    assertThat(result.failures().get(0)).isEqualTo(result.failures().get(0))
        .isNotEqualTo(result.failures().get(1)).isNotEqualTo("seed 0")
        .hasSameHashCodeAs(RuleContract.of(rule).agendas(1).check().failures().get(0));
    assertThat(result.failures().get(0).hashCode())
        .isNotEqualTo(result.failures().get(1).hashCode());
    assertThat(result.failures().get(0)).hasToString("seed 0: rule acme.always-throws threw"
        + " java.lang.UnsupportedOperationException; expected it to report findings through its"
        + " context");
    assertThatThrownBy(() -> RuleContract.of(rule).verify())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("rule acme.always-throws broke the rule contract on 20 agendas");
  }

  @Test
  void ruleReportingAtANonexistentElementFails() {
    Rule rule = new FixedRule() {
      @Override
      public void check(RuleContext context) {
        context.report(context.item(context.agenda().items().size()), "past the end", "none");
      }
    };
    ContractResult result = RuleContract.of(rule).seed(7).agendas(3).check();
    Agenda agenda = AgendaGenerator.standard().any(Randomness.seeded(7));
    int size = agenda.items().size();
    assertThat(result.failures()).hasSize(3);
    assertThat(result.failures().get(0)).hasToString("seed 7: rule acme.fixed reported at items["
        + size + "], which is no element of the agenda; expected a location such as"
        + " items[0].planned, phases[discussion] or purpose (finding: past the end)");
  }

  @Test
  void nondeterministicRuleFails() {
    AtomicInteger calls = new AtomicInteger();
    Rule rule = new FixedRule() {
      @Override
      public void check(RuleContext context) {
        context.report(Location.of("purpose"), "call " + calls.incrementAndGet(), "none");
      }
    };
    ContractResult result = RuleContract.of(rule).agendas(1).check();
    assertThat(result.failures()).singleElement().satisfies(failure -> assertThat(
        failure.problem()).startsWith("rule acme.fixed is not deterministic: the same agenda"
            + " gave [warning acme.fixed at purpose: call 1").contains("and then [warning acme.fixed"
            + " at purpose: call 2"));
  }

  @Test
  void ruleWithAMalformedIdOrBlankDescriptionFailsWithoutASeed() {
    Rule badId = new FixedRule() {
      @Override
      public String id() {
        return "no spaces please";
      }
    };
    assertThat(RuleContract.of(badId).check().failures()).singleElement().satisfies(f -> {
      assertThat(f.seed()).isEmpty();
      assertThat(f.problem()).startsWith("rule " + badId.getClass().getName()
          + " has no usable id: rule id must be 1 to 64 ASCII letters");
    });
    Rule blank = new FixedRule() {
      @Override
      public String description() {
        return " ";
      }
    };
    assertThat(RuleContract.of(blank).agendas(5).check().failures()).containsExactly(
        ContractResult.Failure.general("rule acme.fixed has a blank description; expected a sentence"
            + " saying what it checks"));
  }

  @Test
  void refusesFewerThanOneAgenda() {
    assertThatThrownBy(() -> RuleContract.of(new FixedRule()).agendas(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a contract check needs at least 1 agenda, but was asked for 0");
  }

  /** A rule that finds nothing; tests override what they need. */
  @Test
  void aPlanRuleThatReadsTheAgendaFailsOnThePlanAlone() {
    Rule rule = new FixedRule() {
      @Override
      public boolean appliesToPlanAlone() {
        return true;
      }

      @Override
      public void check(RuleContext context) {
        context.agenda().items();
      }
    };
    ContractResult result = RuleContract.of(rule).agendas(2).check();
    assertThat(result.failures()).hasSize(2).first().satisfies(f -> assertThat(f.problem())
        .startsWith("rule acme.fixed applies to a plan alone but threw"
            + " java.lang.IllegalStateException: rule acme.fixed asked for the agenda")
        .endsWith("; expected it to read the plan only"));
    assertThat(RuleContract.of(io.github.twentyminute.rules.BuiltInRules.get("plan.ceiling"))
        .agendas(20).check().passed()).isTrue();
  }

  private static class FixedRule implements Rule {
    @Override
    public String id() {
      return "acme.fixed";
    }

    @Override
    public String description() {
      return "A rule for contract tests";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public void check(RuleContext context) {}
  }
}
