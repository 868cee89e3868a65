package io.github.twentyminute.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FindingTests {
  private static final Location ITEMS = Location.of("items");

  @Test
  void aFindingOfTextKeepsTheAuthorsSentences() {
    Finding finding = Finding.ofText("acme.short", ITEMS.index(2), "q1 is long", "Split it")
        .withSeverity(Severity.WARNING);

    assertThat(finding.id()).isEqualTo("acme.short");
    assertThat(finding.key()).isEqualTo(Finding.TEXT);
    assertThat(finding.severity()).contains(Severity.WARNING);
    assertThat(finding.location()).isEqualTo(Location.parse("items[2]"));
    assertThat(finding.arguments().text("message")).isEqualTo("q1 is long");
    assertThat(finding.message(Locale.GERMAN)).isEqualTo("q1 is long");
    assertThat(finding.hint()).contains("Split it");
  }

  @Test
  void refusesABadIdKeyOrBlankText() {
    assertThatThrownBy(() -> Finding.of("-bad", ITEMS, Arguments.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Finding.of("good", ITEMS, "bad key", Arguments.none()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Finding.ofText("good", ITEMS, " ", "hint"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Finding.ofText("good", ITEMS, "message", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalWhenAllFivePartsAreEqual() {
    Finding one = Finding.ofText("a", ITEMS, "m", "h");

    assertThat(one).isEqualTo(Finding.ofText("a", ITEMS, "m", "h"))
        .hasSameHashCodeAs(Finding.ofText("a", ITEMS, "m", "h"))
        .isNotEqualTo(one.withSeverity(Severity.INFO))
        .isNotEqualTo(one.withLocation(Location.root()))
        .isNotEqualTo(Finding.ofText("b", ITEMS, "m", "h"))
        .isNotEqualTo(Finding.ofText("a", ITEMS, "m2", "h"));
  }

  @Test
  void reportOrderIsSeverityThenIdThenLocation() {
    Finding info = Finding.ofText("a", ITEMS, "m", "h").withSeverity(Severity.INFO);
    Finding errorB = Finding.ofText("b", ITEMS, "m", "h").withSeverity(Severity.ERROR);
    Finding errorA10 = Finding.ofText("a", ITEMS.index(10), "m", "h").withSeverity(Severity.ERROR);
    Finding errorA2 = Finding.ofText("a", ITEMS.index(2), "m", "h").withSeverity(Severity.ERROR);
    Finding none = Finding.ofText("a", ITEMS, "m", "h");
    List<Finding> findings = new ArrayList<>(List.of(none, info, errorB, errorA10, errorA2));

    findings.sort(Finding.REPORT_ORDER);

    assertThat(findings).containsExactly(errorA2, errorA10, errorB, info, none);
  }
}
