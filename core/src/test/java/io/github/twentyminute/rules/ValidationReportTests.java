package io.github.twentyminute.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTests {
  private static final List<String> RULES =
      List.of("budget.total", "phase.timebox", "agenda.purpose", "homework.counterpart");

  private final Finding overBudget = Finding.of("budget.total", Location.of("items"),
      Arguments.builder().duration("planned", Duration.ofMinutes(21)).build())
      .withSeverity(Severity.ERROR);
  private final Finding discussionLong = Finding.of("phase.timebox",
      Location.parse("phases[discussion]"),
      Arguments.builder().duration("planned", Duration.ofMinutes(16)).build())
      .withSeverity(Severity.ERROR);
  private final Finding itemTen = Finding.ofText("phase.timebox", Location.parse("items[10]"),
      "item ten", "hint ten").withSeverity(Severity.WARNING);
  private final Finding itemTwo = Finding.ofText("phase.timebox", Location.parse("items[2]"),
      "item two", "hint two").withSeverity(Severity.WARNING);
  private final Finding noPurpose = Finding.of("agenda.purpose", Location.of("purpose"),
      Arguments.none()).withSeverity(Severity.INFO);

  private ValidationReport sample() {
    return ValidationReport.of(RULES,
        List.of(noPurpose, itemTen, discussionLong, itemTwo, overBudget));
  }

  @Test
  void ofSortsFindingsIntoReportOrder() {
    assertThat(sample().findings())
        .containsExactly(overBudget, discussionLong, itemTwo, itemTen, noPurpose);
  }

  @Test
  void theSameFindingsInAnyOrderGiveEqualReports() {
    ValidationReport other = ValidationReport.of(RULES,
        List.of(overBudget, itemTwo, noPurpose, discussionLong, itemTen));

    assertThat(other).isEqualTo(sample()).hasSameHashCodeAs(sample());
  }

  @Test
  void keepsTheRulesInTheOrderTheyRan() {
    assertThat(sample().rulesRun()).containsExactlyElementsOf(RULES);
  }

  @Test
  void countsEachSeverity() {
    ValidationReport report = sample();

    assertThat(report.count(Severity.ERROR)).isEqualTo(2);
    assertThat(report.count(Severity.WARNING)).isEqualTo(2);
    assertThat(report.count(Severity.INFO)).isEqualTo(1);
    assertThat(report.counts()).containsExactly(
        Map.entry(Severity.ERROR, 2), Map.entry(Severity.WARNING, 2), Map.entry(Severity.INFO, 1));
    assertThat(report.errors()).containsExactly(overBudget, discussionLong);
    assertThat(report.withSeverity(Severity.WARNING)).containsExactly(itemTwo, itemTen);
  }

  @Test
  void anEmptyReportCountsZeroForEverySeverity() {
    ValidationReport report = ValidationReport.of(RULES, List.of());

    assertThat(report.counts()).containsExactly(
        Map.entry(Severity.ERROR, 0), Map.entry(Severity.WARNING, 0), Map.entry(Severity.INFO, 0));
    assertThat(report.isValid()).isTrue();
    assertThat(report.rulesFired()).isEmpty();
    assertThat(report.rulesPassed()).containsExactlyElementsOf(RULES);
  }

  @Test
  void countsCannotBeChangedFromOutside() {
    ValidationReport report = sample();

    assertThatThrownBy(() -> report.counts().put(Severity.ERROR, 0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void isValidOnlyWithoutErrors() {
    assertThat(sample().isValid()).isFalse();
    assertThat(ValidationReport.of(RULES, List.of(itemTwo, noPurpose)).isValid()).isTrue();
  }

  @Test
  void forRuleSelectsOneRulesFindingsInReportOrder() {
    assertThat(sample().forRule("phase.timebox"))
        .containsExactly(discussionLong, itemTwo, itemTen);
    assertThat(sample().forRule("homework.counterpart")).isEmpty();
  }

  @Test
  void underSelectsFindingsAtOrBelowALocation() {
    ValidationReport report = sample();

    assertThat(report.under(Location.of("items"))).containsExactly(overBudget, itemTwo, itemTen);
    assertThat(report.under(Location.parse("items[10]"))).containsExactly(itemTen);
    assertThat(report.under(Location.parse("phases[discussion]"))).containsExactly(discussionLong);
    assertThat(report.under(Location.parse("phases[ending]"))).isEmpty();
    assertThat(report.under(Location.root())).containsExactlyElementsOf(report.findings());
  }

  @Test
  void rulesFiredAndPassedFollowTheRunOrder() {
    ValidationReport report = sample();

    assertThat(report.rulesFired()).containsExactly("budget.total", "phase.timebox",
        "agenda.purpose");
    assertThat(report.rulesPassed()).containsExactly("homework.counterpart");
  }

  @Test
  void summaryHasAHeadlineThenALineAndAHintLinePerFinding() {
    String summary = sample().summary();

    assertThat(summary.lines()).hasSize(1 + 2 * 5);
    assertThat(summary.lines().skip(1).filter(l -> l.startsWith("  ") && !l.startsWith("   ")))
        .extracting(l -> l.trim().split(" ")[1])
        .containsExactly("budget.total", "phase.timebox", "phase.timebox", "phase.timebox",
            "agenda.purpose");
    assertThat(summary).contains("items[10]: item ten" + System.lineSeparator()
        + "      hint ten");
  }

  @Test
  void toStringIsTheHeadlineOfTheSummary() {
    assertThat(sample().toString()).isEqualTo(sample().summary().lines().findFirst().get());
    assertThat(ValidationReport.of(RULES, List.of()).toString())
        .isEqualTo(ValidationReport.of(RULES, List.of()).summary());
  }

  @Test
  void refusesAFindingWithoutASeverity() {
    Finding bare = Finding.of("agenda.purpose", Location.of("purpose"), Arguments.none());

    assertThatThrownBy(() -> ValidationReport.of(RULES, List.of(overBudget, bare)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a validation report holds findings with a severity, but agenda.purpose at"
            + " purpose has none; give it one with withSeverity(..)");
  }

  @Test
  void holdsCopiesOfWhatItWasGiven() {
    List<Finding> findings = new java.util.ArrayList<>(List.of(itemTwo));
    List<String> rules = new java.util.ArrayList<>(RULES);
    ValidationReport report = ValidationReport.of(rules, findings);
    findings.add(overBudget);
    rules.clear();

    assertThat(report.findings()).containsExactly(itemTwo);
    assertThat(report.rulesRun()).containsExactlyElementsOf(RULES);
    assertThatThrownBy(() -> report.findings().add(overBudget))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ofRejectsNulls() {
    assertThatThrownBy(() -> ValidationReport.of(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rulesRun");
    assertThatThrownBy(() -> ValidationReport.of(RULES, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("findings");
  }

  @Test
  void diffComparesWithAnEarlierReport() {
    ValidationReport earlier = sample();
    ValidationReport later = ValidationReport.of(RULES, List.of(itemTen, noPurpose));

    ReportDiff diff = later.diff(earlier);

    assertThat(diff).isEqualTo(ReportDiff.between(earlier, later));
    assertThat(diff.fixed()).containsExactly(overBudget, discussionLong, itemTwo);
  }
}
