package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDiffTests {
  private static final List<String> RULES = List.of("budget.total", "phase.timebox");
  private final Violation over = Violation.of("budget.total", Severity.ERROR, Location.root(),
      "agenda planned for 21:00; expected at most the 20:00 budget", "Drop a question");
  private final Violation one = Violation.of("phase.timebox", Severity.WARNING,
      Location.parse("items[1]"), "one", "hint");
  private final Violation two = Violation.of("phase.timebox", Severity.WARNING,
      Location.parse("items[2]"), "two", "hint");
  private final Violation three = Violation.of("phase.timebox", Severity.WARNING,
      Location.parse("items[3]"), "three", "hint");

  private static ValidationReport report(Violation... violations) {
    return ValidationReport.of(RULES, List.of(violations));
  }

  @Test
  void splitsFixedNewAndRemainingInReportOrder() {
    ReportDiff diff = ReportDiff.between(report(three, over, one), report(two, one, three));

    assertThat(diff.fixed()).containsExactly(over);
    assertThat(diff.introduced()).containsExactly(two);
    assertThat(diff.remaining()).containsExactly(one, three);
    assertThat(diff.isUnchanged()).isFalse();
    assertThat(diff.toString()).isEqualTo("1 fixed, 1 new, 2 remaining");
  }

  @Test
  void aChangedSeverityIsAFixAndANewViolation() {
    Violation downgraded = over.withSeverity(Severity.WARNING);

    ReportDiff diff = ReportDiff.between(report(over), report(downgraded));

    assertThat(diff.fixed()).containsExactly(over);
    assertThat(diff.introduced()).containsExactly(downgraded);
    assertThat(diff.remaining()).isEmpty();
  }

  @Test
  void equalReportsAreUnchanged() {
    ReportDiff diff = ReportDiff.between(report(one, two), report(two, one));

    assertThat(diff.isUnchanged()).isTrue();
    assertThat(diff.fixed()).isEmpty();
    assertThat(diff.introduced()).isEmpty();
    assertThat(diff.remaining()).containsExactly(one, two);
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
