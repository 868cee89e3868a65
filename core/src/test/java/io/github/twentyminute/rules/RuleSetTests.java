package io.github.twentyminute.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.agenda.AgendaItem;
import io.github.twentyminute.agenda.ItemKind;
import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
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
    assertThat(report.findings()).containsExactly(
        text("acme.no-long-items", Severity.WARNING, "items[4]",
            "q1 is planned for 180 s; expected at most 120 s", "Split the item or shorten it"),
        text("acme.no-long-items", Severity.WARNING, "items[5]",
            "q2 is planned for 180 s; expected at most 120 s", "Split the item or shorten it"),
        text("acme.no-long-items", Severity.WARNING, "items[6]",
            "q3 is planned for 150 s; expected at most 120 s", "Split the item or shorten it"));
  }

  @Test
  void ruleThatThrowsBecomesAnErrorAndTheOtherRulesStillRun() {
    RuleSet set = RuleSet.of(THROWS).and(RuleSet.standard());
    ValidationReport report = set.validate(sample);
    assertThat(report.rulesRun()).hasSize(22).startsWith("acme.broken");
    assertThat(report.isValid()).isFalse();
    assertThat(report.findings()).containsExactly(
        Finding.of("acme.broken", Location.root(), RuleSet.RULE_FAILED, Arguments.builder()
            .text("rule", "acme.broken")
            .text("ruleClass", THROWS.getClass().getName())
            .text("reason", "java.lang.IllegalStateException: boom").build())
            .withSeverity(Severity.ERROR),
        text("acme.broken", Severity.INFO, "purpose", "found before failing", "none"));
  }

  @Test
  void ruleThatReportsABlankMessageBecomesAnError() {
    Rule blank = Rule.of("acme.blank", Severity.WARNING, agenda -> false, agenda -> " ",
        "Never holds");
    ValidationReport report = RuleSet.of(blank).validate(sample);
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).contains(Severity.ERROR);
      assertThat(f.key()).isEqualTo(RuleSet.RULE_FAILED);
      assertThat(f.arguments().text("reason")).isEqualTo("java.lang.IllegalArgumentException:"
          + " finding acme.blank must have a message that is not blank");
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
    assertThat(RuleSet.of(shortOverview).validate(sample).findings()).containsExactly(
        text("acme.short-overview", Severity.INFO, "$",
            "overview has " + sample.overview().length() + " characters; expected under 200",
            "Change the agenda so that it meets rule acme.short-overview: Keep the overview"
                + " under 200 characters"));
  }

  @Test
  void disabledRulesDoNotRunAndCanBeEnabledAgain() {
    RuleSet set = RuleSet.standard().disable("budget.total").disable("agenda.purpose");
    assertThat(set.isEnabled("budget.total")).isFalse();
    assertThat(set.ids()).hasSize(21);
    assertThat(set.enabledIds()).hasSize(19).doesNotContain("budget.total", "agenda.purpose");
    Agenda noPurpose = Agenda.builder().from(sample).purpose("").build();
    assertThat(set.validate(noPurpose).findings()).isEmpty();
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
    ValidationReport report = set.validate(Agenda.builder().from(sample).purpose("").build());
    assertThat(report.isValid()).isTrue();
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
    assertThat(report.findings().get(0).severity()).contains(Severity.INFO);
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
        .hasMessage("both rule sets have a rule with id plan.phases; remove it from one of"
            + " them");
    assertThatThrownBy(() -> Rule.of("has space", Severity.INFO, a -> true, a -> "m", "d"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void discoversRulesThroughServiceLoader() {
    assertThat(RuleSet.discovered().ids()).containsExactly("acme.no-statements");
    RuleSet set = RuleSet.standard().withDiscovered();
    assertThat(set.ids()).hasSize(22).endsWith("acme.no-statements");
    List<AgendaItem> items = new ArrayList<>(sample.items());
    items.add(3, AgendaItem.statement("s1", PhaseId.INTRODUCTION, "A word on my plans",
        Duration.ZERO));
    assertThat(set.validate(sample.withItems(items)).forRule("acme.no-statements"))
        .containsExactly(text("acme.no-statements", Severity.INFO, "items[3]",
            "statement s1; expected none", "Turn it into a question"));
  }

  @Test
  void reportOrderIsBySeverityThenRuleThenPath() {
    Agenda agenda = Agenda.builder().from(sample).purpose("").overview("").build();
    ValidationReport report = RuleSet.standard().validate(agenda);
    assertThat(report.findings()).extracting(Finding::id)
        .containsExactly("agenda.purpose", "overview.length");
    assertThat(report.findings()).isSortedAccordingTo(Finding.REPORT_ORDER);
  }

  @Test
  void aMilderFormOfAFindingIsNeverMoreSevereThanTheRule() {
    Rule both = new NamedRule("acme.both", Severity.ERROR, "Reports a finding and a milder one") {
      @Override
      public void check(RuleContext context) {
        context.report(Location.root(), Arguments.none());
        context.report(Location.root(), "acme.both.mild", Arguments.none(), Severity.WARNING);
      }
    };
    assertThat(RuleSet.of(both).validate(sample).findings()).extracting(f -> f.severity().get())
        .containsExactly(Severity.ERROR, Severity.WARNING);
    assertThat(RuleSet.of(both).withSeverity("acme.both", Severity.INFO).validate(sample)
        .findings()).extracting(f -> f.severity().get())
        .containsExactly(Severity.INFO, Severity.INFO);
  }

  private static Finding text(String id, Severity severity, String location, String message,
      String hint) {
    return Finding.ofText(id, Location.parse(location), message, hint).withSeverity(severity);
  }
}
