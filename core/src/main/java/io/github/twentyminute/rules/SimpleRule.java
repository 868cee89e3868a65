package io.github.twentyminute.rules;

import java.util.Objects;

/** The id, severity and description of the one-line rules made by {@link Rule#of}. */
abstract class SimpleRule implements Rule {
  private final String id;
  private final Severity severity;
  private final String description;

  SimpleRule(String id, Severity severity, String description) {
    this.id = RuleIds.require(id);
    this.severity = Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException("rule " + id + " must have a description, but it was blank");
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
