package io.github.twentyminute.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDiffTests {
  private static final List<String> RULES = List.of("budget.total", "phase.timebox");
  private final Finding over = Finding.of("budget.total", Location.of("items"),
      Arguments.builder().duration("planned", Duration.ofMinutes(21)).build())
      .withSeverity(Severity.ERROR);
  private final Finding one = item(1);
  private final Finding two = item(2);
  private final Finding three = item(3);

  private static Finding item(int index) {
    return Finding.of("item.duration", Location.of("items").index(index).field("planned"),
        "item.duration.zero", Arguments.builder().text("itemId", "q" + index)
            .duration("planned", Duration.ZERO).build()).withSeverity(Severity.WARNING);
  }

  private static ValidationReport report(Finding... findings) {
    return ValidationReport.of(RULES, List.of(findings));
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
  void aChangedSeverityIsAFixAndANewFinding() {
    Finding downgraded = over.withSeverity(Severity.WARNING);

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
