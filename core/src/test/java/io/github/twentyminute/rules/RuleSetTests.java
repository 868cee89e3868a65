package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ImmutableAgenda;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.testing.SampleMeeting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTests {
  private final Agenda sample = SampleMeeting.agenda();
  private final Rule noLongItems = Rule.forEachItem("acme.no-long-items",
      Severity.WARNING, item -> item.planned().compareTo(Duration.ofMinutes(2)) <= 0,
      item -> item.id() + " is planned for " + item.planned().toSeconds() + " s; expected at most"
          + " 120 s",
      "Split the item or shorten it");
  private static final Rule THROWS = new Rule() {
    @Override
    public String id() {
      return "acme.broken";
    }

    @Override
    public String description() {
      return "Always fails";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public void check(RuleContext context) {
      context.report(Location.of("purpose"), "found before failing", "none");
      throw new IllegalStateException("boom");
    }
  };

  /** Found by ServiceLoader through src/test/resources/META-INF/services. */
  public static final class NoStatementsRule implements Rule {
    @Override
    public String id() {
      return "acme.no-statements";
    }

    @Override
    public String description() {
      return "Agendas have no statement items";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public void check(RuleContext context) {
      List<AgendaItem> items = context.agenda().items();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).kind() == ItemKind.STATEMENT) {
          context.report(context.item(i), "statement " + items.get(i).id() + "; expected none",
              "Turn it into a question");
        }
      }
    }
  }

  @Test
  void reportListsEveryRuleThatRanIncludingThoseThatFoundNothing() {
    RuleSet set = RuleSet.of(noLongItems, BuiltInRules.get("agenda.purpose"));
    ValidationReport report = set.validate(sample);
    assertThat(report.rulesRun()).containsExactly("acme.no-long-items", "agenda.purpose");
    assertThat(report.rulesFired()).containsExactly("acme.no-long-items");
    assertThat(report.rulesPassed()).containsExactly("agenda.purpose");
    assertThat(report.violations()).containsExactly(
        Violation.of("acme.no-long-items", Severity.WARNING, Location.parse("items[4]"),
            "q1 is planned for 180 s; expected at most 120 s", "Split the item or shorten it"),
        Violation.of("acme.no-long-items", Severity.WARNING, Location.parse("items[5]"),
            "q2 is planned for 180 s; expected at most 120 s", "Split the item or shorten it"),
        Violation.of("acme.no-long-items", Severity.WARNING, Location.parse("items[6]"),
            "q3 is planned for 150 s; expected at most 120 s", "Split the item or shorten it"));
  }

  @Test
  void ruleThatThrowsBecomesAnErrorAndTheOtherRulesStillRun() {
    RuleSet set = RuleSet.of(THROWS).and(RuleSet.standard());
    ValidationReport report = set.validate(sample);
    assertThat(report.rulesRun()).hasSize(17).startsWith("acme.broken");
    assertThat(report.isValid()).isFalse();
    assertThat(report.violations()).containsExactly(
        Violation.of("acme.broken", Severity.ERROR, Location.root(),
            "rule acme.broken failed with java.lang.IllegalStateException: boom; expected it to"
                + " report its findings, so its findings for this agenda are missing",
            "Fix rule acme.broken (" + THROWS.getClass().getName() + "): a rule reports through"
                + " its context and never throws; until then, disable it with"
                + " disable(\"acme.broken\")"),
        Violation.of("acme.broken", Severity.INFO, Location.of("purpose"), "found before failing",
            "none"));
  }

  @Test
  void ruleThatReportsABlankMessageBecomesAnError() {
    Rule blank = Rule.of("acme.blank", Severity.WARNING, agenda -> false, agenda -> " ",
        "Never holds");
    ValidationReport report = RuleSet.of(blank).validate(sample);
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).isEqualTo("rule acme.blank failed with"
          + " java.lang.IllegalArgumentException: violation of acme.blank must have a message;"
          + " expected it to report its findings, so its findings for this agenda are missing");
    });
  }

  @Test
  void oneLineRuleReportsAtTheRootWithItsDescriptionAsHint() {
    Rule shortOverview = Rule.of("acme.short-overview", Severity.INFO,
        agenda -> agenda.overview().length() < 200,
        agenda -> "overview has " + agenda.overview().length() + " characters; expected under"
            + " 200",
        "Keep the overview under 200 characters");
    assertThat(shortOverview.id()).isEqualTo("acme.short-overview");
    assertThat(shortOverview.description()).isEqualTo("Keep the overview under 200 characters");
    assertThat(RuleSet.of(shortOverview).validate(sample).violations()).containsExactly(
        Violation.of("acme.short-overview", Severity.INFO, Location.root(),
            "overview has " + sample.overview().length() + " characters; expected under 200",
            "Change the agenda so that it meets rule acme.short-overview: Keep the overview"
                + " under 200 characters"));
  }

  @Test
  void disabledRulesDoNotRunAndCanBeEnabledAgain() {
    RuleSet set = RuleSet.standard().disable("budget.total").disable("agenda.purpose");
    assertThat(set.isEnabled("budget.total")).isFalse();
    assertThat(set.ids()).hasSize(16);
    assertThat(set.enabledIds()).hasSize(14).doesNotContain("budget.total", "agenda.purpose");
    Agenda noPurpose = ImmutableAgenda.copyOf(sample).withPurpose("");
    assertThat(set.validate(noPurpose).violations()).isEmpty();
    assertThat(set.validate(noPurpose).rulesRun()).doesNotContain("agenda.purpose");
    RuleSet again = set.enable("agenda.purpose");
    assertThat(again.validate(noPurpose).rulesFired()).containsExactly("agenda.purpose");
    assertThat(RuleSet.standard().isEnabled("budget.total")).isTrue();
  }

  @Test
  void severityOverrideAppliesToEveryFinding() {
    RuleSet set = RuleSet.standard().withSeverity("agenda.purpose", Severity.INFO);
    assertThat(set.severity("agenda.purpose")).isEqualTo(Severity.INFO);
    assertThat(RuleSet.standard().severity("agenda.purpose")).isEqualTo(Severity.ERROR);
    ValidationReport report = set.validate(ImmutableAgenda.copyOf(sample).withPurpose(""));
    assertThat(report.isValid()).isTrue();
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
    assertThat(report.violations().get(0).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void addsRemovesAndComposesInOrder() {
    RuleSet set = RuleSet.empty().with(noLongItems).with(THROWS);
    assertThat(set.ids()).containsExactly("acme.no-long-items", "acme.broken");
    assertThat(set.without("acme.no-long-items").ids()).containsExactly("acme.broken");
    RuleSet composed = RuleSet.of(THROWS).and(RuleSet.of(noLongItems).disable(
        "acme.no-long-items"));
    assertThat(composed.ids()).containsExactly("acme.broken", "acme.no-long-items");
    assertThat(composed.isEnabled("acme.no-long-items")).isFalse();
    assertThat(composed.rule("acme.broken")).contains(THROWS);
    assertThat(composed.contains("budget.total")).isFalse();
    assertThat(composed).hasToString("RuleSet[2 rules, 1 enabled]");
  }

  @Test
  void refusesDuplicateAndUnknownIds() {
    assertThatThrownBy(() -> RuleSet.standard().with(BuiltInRules.get("budget.total")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule set already has a rule with id budget.total"
            + " (io.github.twentyminute.rules.BudgetRules$Total); remove it first with"
            + " without(\"budget.total\"), or give io.github.twentyminute.rules.BudgetRules$Total"
            + " another id");
    assertThatThrownBy(() -> RuleSet.of(noLongItems).disable("acme.nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule set has no rule acme.nope; its rules are [acme.no-long-items]");
    assertThatThrownBy(() -> RuleSet.standard().and(RuleSet.standard()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("both rule sets have a rule with id budget.total; remove it from one of"
            + " them");
    assertThatThrownBy(() -> Rule.of("has space", Severity.INFO, a -> true, a -> "m", "d"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void discoversRulesThroughServiceLoader() {
    assertThat(RuleSet.discovered().ids()).containsExactly("acme.no-statements");
    RuleSet set = RuleSet.standard().withDiscovered();
    assertThat(set.ids()).hasSize(17).endsWith("acme.no-statements");
    List<AgendaItem> items = new ArrayList<>(sample.items());
    items.add(3, AgendaItem.statement("s1", PhaseId.INTRODUCTION, "A word on my plans",
        Duration.ZERO));
    assertThat(set.validate(sample.withItems(items)).forRule("acme.no-statements"))
        .containsExactly(Violation.of("acme.no-statements", Severity.INFO, Location.parse("items[3]"),
            "statement s1; expected none", "Turn it into a question"));
  }

  @Test
  void reportOrderIsBySeverityThenRuleThenPath() {
    Agenda agenda = ImmutableAgenda.copyOf(sample).withPurpose("").withOverview("");
    ValidationReport report = RuleSet.standard().validate(agenda);
    assertThat(report.violations()).extracting(Violation::ruleId)
        .containsExactly("agenda.purpose", "overview.length");
    assertThat(report.violations()).isSortedAccordingTo(Violation.REPORT_ORDER);
  }
}
