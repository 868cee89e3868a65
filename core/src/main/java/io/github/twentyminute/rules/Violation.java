package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;

import java.util.Comparator;
import org.immutables.value.Value;

/**
 * One finding of one rule: which rule, how much it matters, where, what was expected and what was
 * found, and a hint on how to fix it.
 *
 * <p>Violations are data, never exceptions, and are never logged by the library. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {
  /**
   * The order of violations in a {@link ValidationReport}: by severity (errors first), then rule
   * id, then path, then message.
   */
  public static final Comparator<Violation> REPORT_ORDER =
      Comparator.comparing(Violation::severity)
          .thenComparing(Violation::ruleId)
          .thenComparing(Violation::path)
          .thenComparing(Violation::message)
          .thenComparing(Violation::hint);

  Violation() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableViolation.Builder builder() {
    return ImmutableViolation.builder();
  }

  /**
   * Obtains a violation.
   *
   * @param ruleId the id of the rule that found it, such as {@code budget.total}; not null
   * @param severity how much it matters, not null
   * @param path where it was found, not null
   * @param message what was expected and what was found, not null, not blank
   * @param hint how to fix it, not null, not blank
   * @return the violation
   * @throws IllegalArgumentException if the rule id, message or hint is blank
   */
  public static Violation of(
      String ruleId, Severity severity, Location path, String message, String hint) {
    return builder().ruleId(ruleId).severity(severity).path(path).message(message).hint(hint)
        .build();
  }

  /**
   * Returns the id of the rule that found this violation.
   *
   * @return the rule id, such as {@code phase.timebox}
   */
  public abstract String ruleId();

  /**
   * Returns how much this violation matters.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns where in the plan or agenda it was found.
   *
   * @return the path, {@link Location#root()} for the whole document
   */
  public abstract Location path();

  /**
   * Returns what was expected and what was found, such as "discussion planned for 16:30; its
   * time box allows 12:00 to 15:00".
   *
   * @return the message, never blank
   */
  public abstract String message();

  /**
   * Returns how to fix it, such as "Drop or shorten your lowest-priority question".
   *
   * @return the hint, never blank
   */
  public abstract String hint();

  /**
   * Returns a copy of this violation with another severity.
   *
   * @param severity the severity, not null
   * @return the copy
   */
  public Violation withSeverity(Severity severity) {
    return ImmutableViolation.copyOf(this).withSeverity(severity);
  }

  @Value.Check
  final void check() {
    if (ruleId().isBlank()) {
      throw new IllegalArgumentException("violation rule id must not be blank");
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException("violation of " + ruleId() + " must have a message");
    }
    if (hint().isBlank()) {
      throw new IllegalArgumentException("violation of " + ruleId() + " must have a hint");
    }
  }

  /**
   * Returns a one-line form, such as {@code ERROR budget.total at $: ... (hint: ...)}, for people;
   * not for parsing.
   */
  @Override
  public String toString() {
    return severity() + " " + ruleId() + " at " + path() + ": " + message() + " (hint: " + hint()
        + ")";
  }
}
