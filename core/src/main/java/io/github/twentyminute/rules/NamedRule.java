package io.github.twentyminute.rules;

import io.github.twentyminute.internal.Ids;
import io.github.twentyminute.findings.Severity;

import java.util.Objects;

/**
 * The id, default severity and description of a rule, checked once when the rule is made: the
 * base of the built-in rules and of the one-line rules made by {@link Rule#of} and
 * {@link Rule#forEachItem}.
 */
abstract class NamedRule implements Rule {
  private final String id;
  private final Severity severity;
  private final String description;

  NamedRule(String id, Severity severity, String description) {
    this.id = Ids.require(id, "rule id");
    this.severity = Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException(
          "rule " + id + " must have a description, but it was blank");
    }
    this.description = description;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public String toString() {
    return id + " (" + severity + ")";
  }
}
