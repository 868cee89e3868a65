package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTests {
  private static Violation v(String rule, Severity severity, String path, String message) {
    return Violation.of(rule, severity, Location.parse(path), message, "hint");
  }

  @Test
  void keepsItsFields() {
    Violation v = Violation.of("budget.total", Severity.ERROR, Location.root(),
        "agenda planned for 21:00; expected at most the 20:00 budget", "Drop a question");

    assertThat(v.ruleId()).isEqualTo("budget.total");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.path()).isEqualTo(Location.root());
    assertThat(v.message()).isEqualTo("agenda planned for 21:00; expected at most the 20:00 budget");
    assertThat(v.hint()).isEqualTo("Drop a question");
    assertThat(v).isEqualTo(Violation.builder().ruleId("budget.total").severity(Severity.ERROR)
        .path(Location.root()).message("agenda planned for 21:00; expected at most the 20:00 budget")
        .hint("Drop a question").build());
  }

  @Test
  void printsOneLineForPeople() {
    assertThat(v("phase.timebox", Severity.WARNING, "items[3]", "too long").toString())
        .isEqualTo("WARNING phase.timebox at items[3]: too long (hint: hint)");
  }

  @Test
  void withSeverityCopiesEverythingElse() {
    Violation error = v("phase.timebox", Severity.ERROR, "items[3]", "too long");

    Violation note = error.withSeverity(Severity.INFO);

    assertThat(note.severity()).isEqualTo(Severity.INFO);
    assertThat(note).isEqualTo(v("phase.timebox", Severity.INFO, "items[3]", "too long"));
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void rejectsABlankRuleId() {
    assertThatThrownBy(() -> Violation.of(" ", Severity.ERROR, Location.root(), "m", "h"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violation rule id must not be blank");
  }

  @Test
  void rejectsABlankMessage() {
    assertThatThrownBy(() -> Violation.of("budget.total", Severity.ERROR, Location.root(), "", "h"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violation of budget.total must have a message");
  }

  @Test
  void rejectsABlankHint() {
    assertThatThrownBy(() -> Violation.of("budget.total", Severity.ERROR, Location.root(), "m", "\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violation of budget.total must have a hint");
  }

  @Test
  void rejectsNullFields() {
    assertThatThrownBy(() -> Violation.of("budget.total", null, Location.root(), "m", "h"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
    assertThatThrownBy(() -> Violation.of("budget.total", Severity.ERROR, null, "m", "h"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("path");
  }

  @Test
  void severitiesRunFromMostToLeastSevere() {
    assertThat(Severity.values())
        .containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
  }

  @Test
  void reportOrderIsSeverityThenRuleThenPathThenMessageThenHint() {
    Violation a = v("z.rule", Severity.ERROR, "items[10]", "b");
    Violation b = v("a.rule", Severity.WARNING, "items[2]", "a");
    Violation c = v("b.rule", Severity.WARNING, "items[2]", "a");
    Violation d = v("b.rule", Severity.WARNING, "items[10]", "a");
    Violation e = v("b.rule", Severity.WARNING, "items[10]", "b");
    Violation f = Violation.of("b.rule", Severity.WARNING, Location.parse("items[10]"), "b", "z");
    Violation g = v("a.rule", Severity.INFO, "$", "a");
    List<Violation> list = new ArrayList<>(List.of(g, f, e, d, c, b, a));

    list.sort(Violation.REPORT_ORDER);

    assertThat(list).containsExactly(a, b, c, d, e, f, g);
  }
}
