package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamedRuleTests {

  @Test
  void builtInAndOneLineRulesShowTheirIdAndSeverity() {
    assertThat(BuiltInRules.get(BuiltInRules.BUDGET_TOTAL)).hasToString("budget.total (ERROR)");
    assertThat(BuiltInRules.get(BuiltInRules.OVERVIEW_NOT_RESUME))
        .hasToString("overview.not-resume (WARNING)");
    Rule oneLine = Rule.of("acme.short", Severity.INFO, agenda -> true, agenda -> "never",
        "Keeps it short");
    assertThat(oneLine).hasToString("acme.short (INFO)");
    assertThat(oneLine.description()).isEqualTo("Keeps it short");
    assertThat(oneLine.defaultSeverity()).isEqualTo(Severity.INFO);
  }

  @Test
  void rejectsABlankDescription() {
    assertThatThrownBy(() -> Rule.of("acme.blank", Severity.INFO, agenda -> true,
        agenda -> "never", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule acme.blank must have a description, but it was blank");
  }
}
