package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of checking a plan or an agenda: every violation found, and every rule that ran,
 * including those that found nothing.
 *
 * <p>Violations are kept in {@link Violation#REPORT_ORDER}: errors first, then warnings, then
 * notes; within a severity by rule id, then path, then message. The same input always gives an
 * equal report. A report is {@linkplain #isValid() valid} when it has no errors.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationReport {
  ValidationReport() {}

  /**
   * Obtains a report, sorting the violations into report order.
   *
   * @param rulesRun the ids of the rules that ran, in the order they ran; not null
   * @param violations what they found, in any order; not null
   * @return the report
   */
  public static ValidationReport of(List<String> rulesRun, List<Violation> violations) {
    Objects.requireNonNull(rulesRun, "rulesRun");
    Objects.requireNonNull(violations, "violations");
    List<Violation> sorted = new ArrayList<>(violations);
    sorted.sort(Violation.REPORT_ORDER);
    return ImmutableValidationReport.builder().rulesRun(rulesRun).violations(sorted).build();
  }

  /**
   * Returns the ids of the rules that ran, in the order they ran, whether they found something
   * or not.
   *
   * @return the rule ids
   */
  public abstract List<String> rulesRun();

  /**
   * Returns the violations in report order.
   *
   * @return the violations, may be empty
   */
  public abstract List<Violation> violations();

  /**
   * Checks if the report has no errors. Warnings and notes do not make a report invalid.
   *
   * @return true if no violation has severity {@link Severity#ERROR}
   */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * Returns how many violations have the given severity.
   *
   * @param severity the severity, not null
   * @return the count
   */
  public int count(Severity severity) {
    return counts().get(severity);
  }

  /**
   * Returns the number of violations for each severity, every severity present.
   *
   * @return the counts, in severity order
   */
  @Value.Derived
  @Value.Auxiliary
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    for (Violation v : violations()) {
      counts.merge(v.severity(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns the violations with severity {@link Severity#ERROR}.
   *
   * @return the errors, in report order
   */
  public List<Violation> errors() {
    return withSeverity(Severity.ERROR);
  }

  /**
   * Returns the violations of one severity.
   *
   * @param severity the severity, not null
   * @return the violations, in report order
   */
  public List<Violation> withSeverity(Severity severity) {
    return violations().stream().filter(v -> v.severity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the violations found by one rule.
   *
   * @param ruleId the rule id, not null
   * @return the violations, in report order, may be empty
   */
  public List<Violation> forRule(String ruleId) {
    return violations().stream().filter(v -> v.ruleId().equals(ruleId))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the violations at a path or under it.
   *
   * @param path the path, not null; a field without a key matches every key
   * @return the violations, in report order, may be empty
   */
  public List<Violation> under(Location path) {
    return violations().stream().filter(v -> v.path().startsWith(path))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the ids of the rules that found at least one violation, in the order they ran.
   *
   * @return the rule ids
   */
  public List<String> rulesFired() {
    Set<String> fired = violations().stream().map(Violation::ruleId).collect(Collectors.toSet());
    return rulesRun().stream().filter(fired::contains).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the ids of the rules that ran and found nothing, in the order they ran.
   *
   * @return the rule ids
   */
  public List<String> rulesPassed() {
    Set<String> fired = new HashSet<>(rulesFired());
    return rulesRun().stream().filter(id -> !fired.contains(id))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Compares this report, of a later draft, with the report of an earlier one.
   *
   * @param earlier the report of the earlier draft, not null
   * @return what was fixed and what is new
   */
  public ReportDiff diff(ValidationReport earlier) {
    return ReportDiff.between(earlier, this);
  }

  /**
   * Returns a summary for people, one line per violation after a headline such as
   * {@code not valid: 1 error, 2 warnings, 0 notes; 5 rules ran}; not for parsing, and its
   * wording may change between versions.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append(isValid() ? "valid" : "not valid").append(": ")
        .append(counted(count(Severity.ERROR), "error")).append(", ")
        .append(counted(count(Severity.WARNING), "warning")).append(", ")
        .append(counted(count(Severity.INFO), "note")).append("; ")
        .append(counted(rulesRun().size(), "rule")).append(" ran");
    for (Violation v : violations()) {
      text.append(System.lineSeparator()).append("  ").append(v.severity()).append(' ')
          .append(v.ruleId()).append(" at ").append(v.path()).append(": ").append(v.message())
          .append(System.lineSeparator()).append("      ").append(v.hint());
    }
    return text.toString();
  }

  private static String counted(int count, String noun) {
    return count + " " + (count == 1 ? noun : noun + "s");
  }

  @Value.Check
  final void check() {
    for (int i = 1; i < violations().size(); i++) {
      if (Violation.REPORT_ORDER.compare(violations().get(i - 1), violations().get(i)) > 0) {
        throw new IllegalArgumentException(
            "violations must be in report order, but violation " + i + " (" + violations().get(i)
                + ") comes after violation " + (i - 1) + " (" + violations().get(i - 1)
                + "); use ValidationReport.of(..) to sort them");
      }
    }
  }

  /** Returns the headline of {@link #summary()}. */
  @Override
  public String toString() {
    return summary().lines().findFirst().orElse("");
  }
}
