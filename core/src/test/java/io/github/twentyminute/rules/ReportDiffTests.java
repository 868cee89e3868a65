package io.github.twentyminute.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDiffTests {
  private static final List<String> RULES = List.of("budget.total", "phase.timebox");
  private static final Violation OVER = Violation.of("budget.total", Severity.ERROR, Path.root(),
      "agenda planned for 21:00; expected at most the 20:00 budget", "Drop a question");
  private static final Violation ONE = Violation.of("phase.timebox", Severity.WARNING,
      Path.parse("items[1]"), "one", "hint");
  private static final Violation TWO = Violation.of("phase.timebox", Severity.WARNING,
      Path.parse("items[2]"), "two", "hint");
  private static final Violation THREE = Violation.of("phase.timebox", Severity.WARNING,
      Path.parse("items[3]"), "three", "hint");

  private static ValidationReport report(Violation... violations) {
    return ValidationReport.of(RULES, List.of(violations));
  }

  @Test
  void splitsFixedNewAndRemainingInReportOrder() {
    ReportDiff diff = ReportDiff.between(report(THREE, OVER, ONE), report(TWO, ONE, THREE));

    assertThat(diff.fixed()).containsExactly(OVER);
    assertThat(diff.introduced()).containsExactly(TWO);
    assertThat(diff.remaining()).containsExactly(ONE, THREE);
    assertThat(diff.isUnchanged()).isFalse();
    assertThat(diff.toString()).isEqualTo("1 fixed, 1 new, 2 remaining");
  }

  @Test
  void aChangedSeverityIsAFixAndANewViolation() {
    Violation downgraded = OVER.withSeverity(Severity.WARNING);

    ReportDiff diff = ReportDiff.between(report(OVER), report(downgraded));

    assertThat(diff.fixed()).containsExactly(OVER);
    assertThat(diff.introduced()).containsExactly(downgraded);
    assertThat(diff.remaining()).isEmpty();
  }

  @Test
  void equalReportsAreUnchanged() {
    ReportDiff diff = ReportDiff.between(report(ONE, TWO), report(TWO, ONE));

    assertThat(diff.isUnchanged()).isTrue();
    assertThat(diff.fixed()).isEmpty();
    assertThat(diff.introduced()).isEmpty();
    assertThat(diff.remaining()).containsExactly(ONE, TWO);
    assertThat(diff.toString()).isEqualTo("0 fixed, 0 new, 2 remaining");
  }

  @Test
  void emptyReportsAreUnchanged() {
    ReportDiff diff = ReportDiff.between(report(), report());

    assertThat(diff.isUnchanged()).isTrue();
    assertThat(diff.toString()).isEqualTo("0 fixed, 0 new, 0 remaining");
  }

  @Test
  void rejectsNullReports() {
    assertThatThrownBy(() -> ReportDiff.between(null, report()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("earlier");
    assertThatThrownBy(() -> ReportDiff.between(report(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("later");
  }
}
