package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTests {
  private static final List<String> RULES =
      List.of("budget.total", "phase.timebox", "agenda.purpose", "homework.counterpart");

  private final Violation overBudget = Violation.of("budget.total", Severity.ERROR,
      Location.root(), "agenda planned for 21:00; expected at most the 20:00 budget",
      "Drop your lowest-priority question");
  private final Violation discussionLong = Violation.of("phase.timebox", Severity.ERROR,
      Location.parse("phases[discussion]"), "discussion planned for 16:00; its time box allows"
          + " 12:00 to 15:00", "Shorten a question");
  private final Violation itemTen = Violation.of("phase.timebox", Severity.WARNING,
      Location.parse("items[10]"), "item ten", "hint ten");
  private final Violation itemTwo = Violation.of("phase.timebox", Severity.WARNING,
      Location.parse("items[2]"), "item two", "hint two");
  private final Violation noPurpose = Violation.of("agenda.purpose", Severity.INFO,
      Location.of("purpose"), "no purpose; expected a sentence", "Say why you asked");

  private ValidationReport sample() {
    return ValidationReport.of(RULES,
        List.of(noPurpose, itemTen, discussionLong, itemTwo, overBudget));
  }

  @Test
  void ofSortsViolationsIntoReportOrder() {
    assertThat(sample().violations())
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
  void forRuleSelectsOneRulesViolationsInReportOrder() {
    assertThat(sample().forRule("phase.timebox"))
        .containsExactly(discussionLong, itemTwo, itemTen);
    assertThat(sample().forRule("homework.counterpart")).isEmpty();
  }

  @Test
  void underSelectsViolationsAtOrBelowAPath() {
    ValidationReport report = sample();

    assertThat(report.under(Location.of("items"))).containsExactly(itemTwo, itemTen);
    assertThat(report.under(Location.parse("items[10]"))).containsExactly(itemTen);
    assertThat(report.under(Location.parse("phases[discussion]"))).containsExactly(discussionLong);
    assertThat(report.under(Location.parse("phases[ending]"))).isEmpty();
    assertThat(report.under(Location.root())).containsExactlyElementsOf(report.violations());
  }

  @Test
  void rulesFiredAndPassedFollowTheRunOrder() {
    ValidationReport report = sample();

    assertThat(report.rulesFired()).containsExactly("budget.total", "phase.timebox",
        "agenda.purpose");
    assertThat(report.rulesPassed()).containsExactly("homework.counterpart");
  }

  @Test
  void summaryHasAHeadlineAndALinePerViolation() {
    String nl = System.lineSeparator();

    assertThat(sample().summary()).isEqualTo(
        "not valid: 2 errors, 2 warnings, 1 note; 4 rules ran" + nl
            + "  ERROR budget.total at $: agenda planned for 21:00; expected at most the 20:00"
            + " budget" + nl
            + "      Drop your lowest-priority question" + nl
            + "  ERROR phase.timebox at phases[discussion]: discussion planned for 16:00; its time"
            + " box allows 12:00 to 15:00" + nl
            + "      Shorten a question" + nl
            + "  WARNING phase.timebox at items[2]: item two" + nl
            + "      hint two" + nl
            + "  WARNING phase.timebox at items[10]: item ten" + nl
            + "      hint ten" + nl
            + "  INFO agenda.purpose at purpose: no purpose; expected a sentence" + nl
            + "      Say why you asked");
  }

  @Test
  void summaryHeadlineCountsInTheSingular() {
    ValidationReport report = ValidationReport.of(List.of("phase.timebox"), List.of(itemTwo));

    assertThat(report.toString()).isEqualTo("valid: 0 errors, 1 warning, 0 notes; 1 rule ran");
    assertThat(ValidationReport.of(List.of(), List.of()).summary())
        .isEqualTo("valid: 0 errors, 0 warnings, 0 notes; 0 rules ran");
  }

  @Test
  void toStringIsTheHeadline() {
    assertThat(sample().toString()).isEqualTo("not valid: 2 errors, 2 warnings, 1 note; 4 rules ran");
  }

  @Test
  void checkRefusesViolationsOutOfReportOrder() {
    assertThatThrownBy(() -> ImmutableValidationReport.builder().rulesRun(RULES)
        .addViolations(itemTen, itemTwo).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violations must be in report order, but violation 1 (WARNING phase.timebox at"
            + " items[2]: item two (hint: hint two)) comes after violation 0 (WARNING"
            + " phase.timebox at items[10]: item ten (hint: hint ten)); use"
            + " ValidationReport.of(..) to sort them");
  }

  @Test
  void checkRefusesAWarningBeforeAnError() {
    assertThatThrownBy(() -> ImmutableValidationReport.builder()
        .addViolations(itemTwo, overBudget).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("violations must be in report order, but violation 1 (ERROR");
  }

  @Test
  void checkAcceptsSortedViolations() {
    ValidationReport report = ImmutableValidationReport.builder().rulesRun(RULES)
        .addViolations(overBudget, itemTwo, itemTen).build();

    assertThat(report.violations()).containsExactly(overBudget, itemTwo, itemTen);
  }

  @Test
  void ofRejectsNulls() {
    assertThatThrownBy(() -> ValidationReport.of(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rulesRun");
    assertThatThrownBy(() -> ValidationReport.of(RULES, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("violations");
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
