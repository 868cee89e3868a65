package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Renderer;
import io.github.twentyminute.findings.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking a plan or an agenda: every finding, each with its severity, and every
 * rule that ran, including those that found nothing.
 *
 * <p>Findings are kept in {@link Finding#REPORT_ORDER}: errors first, then warnings, then infos;
 * within a severity by rule id, then location, then message key and arguments. The same input
 * always gives an equal report. A report is {@linkplain #isValid() valid} when it has no errors.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ValidationReport {
  private static final String NL = System.lineSeparator();

  private final List<String> rulesRun;
  private final List<Finding> findings;
  private final int[] counts = new int[Severity.values().length];

  private ValidationReport(List<String> rulesRun, List<Finding> findings) {
    this.rulesRun = rulesRun;
    this.findings = findings;
    for (Finding finding : findings) {
      counts[finding.severity().orElseThrow().ordinal()]++;
    }
  }

  /**
   * Obtains a report, sorting the findings into report order.
   *
   * @param rulesRun the ids of the rules that ran, in the order they ran; not null
   * @param findings what they found, in any order, each with a severity; not null
   * @return the report
   * @throws IllegalArgumentException if a finding has no severity
   */
  public static ValidationReport of(List<String> rulesRun, List<Finding> findings) {
    List<String> rules = List.copyOf(Objects.requireNonNull(rulesRun, "rulesRun"));
    List<Finding> sorted = new ArrayList<>(Objects.requireNonNull(findings, "findings"));
    for (Finding finding : sorted) {
      if (finding.severity().isEmpty()) {
        throw new IllegalArgumentException("a validation report holds findings with a severity,"
            + " but " + finding.id() + " at " + finding.location() + " has none; give it one"
            + " with withSeverity(..)");
      }
    }
    sorted.sort(Finding.REPORT_ORDER);
    return new ValidationReport(rules, Collections.unmodifiableList(sorted));
  }

  /**
   * Returns the ids of the rules that ran, in the order they ran, whether they found something
   * or not.
   *
   * @return the rule ids
   */
  public List<String> rulesRun() {
    return rulesRun;
  }

  /**
   * Returns the findings in report order; each has a severity.
   *
   * @return the findings, may be empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Checks if the report has no errors. Warnings and infos do not make a report invalid.
   *
   * @return true if no finding has severity {@link Severity#ERROR}
   */
  public boolean isValid() {
    return counts[Severity.ERROR.ordinal()] == 0;
  }

  /**
   * Returns how many findings have the given severity.
   *
   * @param severity the severity, not null
   * @return the count
   */
  public int count(Severity severity) {
    return counts[severity.ordinal()];
  }

  /**
   * Returns the number of findings for each severity, every severity present.
   *
   * @return the counts, in severity order, unmodifiable
   */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> map = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      map.put(severity, counts[severity.ordinal()]);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the findings with severity {@link Severity#ERROR}.
   *
   * @return the errors, in report order
   */
  public List<Finding> errors() {
    return withSeverity(Severity.ERROR);
  }

  /**
   * Returns the findings of one severity.
   *
   * @param severity the severity, not null
   * @return the findings, in report order
   */
  public List<Finding> withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return select(f -> f.severity().orElseThrow() == severity);
  }

  /**
   * Returns the findings of one rule.
   *
   * @param ruleId the rule id, not null
   * @return the findings, in report order, may be empty
   */
  public List<Finding> forRule(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return select(f -> f.id().equals(ruleId));
  }

  /**
   * Returns the findings at a location or under it.
   *
   * @param location the location, not null; a field without a key matches every key
   * @return the findings, in report order, may be empty
   */
  public List<Finding> under(Location location) {
    Objects.requireNonNull(location, "location");
    return select(f -> f.location().startsWith(location));
  }

  private List<Finding> select(Predicate<Finding> wanted) {
    List<Finding> selected = new ArrayList<>();
    for (Finding finding : findings) {
      if (wanted.test(finding)) {
        selected.add(finding);
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /**
   * Returns the ids of the rules that found at least one finding, in the order they ran.
   *
   * @return the rule ids
   */
  public List<String> rulesFired() {
    Set<String> fired = new HashSet<>();
    for (Finding finding : findings) {
      fired.add(finding.id());
    }
    return rulesRun.stream().filter(fired::contains).toList();
  }

  /**
   * Returns the ids of the rules that ran and found nothing, in the order they ran.
   *
   * @return the rule ids
   */
  public List<String> rulesPassed() {
    Set<String> fired = new HashSet<>(rulesFired());
    return rulesRun.stream().filter(id -> !fired.contains(id)).toList();
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
   * Returns a summary for people in English: a headline such as
   * {@code not valid: 1 error, 2 warnings, 0 infos; 5 rules ran}, then each finding on a line
   * with its hint below. It is not for parsing, and its wording may change between versions:
   * programs read {@link #findings()}.
   *
   * @return the summary
   */
  public String summary() {
    return summary(Renderer.ENGLISH);
  }

  /**
   * Returns the {@linkplain #summary() summary} in the given locale's language, English where the
   * library has no templates for it; not for parsing.
   *
   * @param locale the locale, not null
   * @return the summary
   */
  public String summary(Locale locale) {
    return summary(Renderer.of(locale));
  }

  /**
   * Returns the {@linkplain #summary() summary} rendered by the given renderer, such as one that
   * also knows the templates of an application's own rules; not for parsing.
   *
   * @param renderer the renderer, not null
   * @return the summary
   */
  public String summary(Renderer renderer) {
    Objects.requireNonNull(renderer, "renderer");
    StringBuilder text = new StringBuilder(headline(renderer));
    for (Finding finding : findings) {
      text.append(NL).append("  ").append(renderer.text("validation.summary.finding",
          Arguments.builder()
              .text("severity", renderer.severity(finding.severity().orElseThrow()))
              .text("id", finding.id())
              .text("location", finding.location().toString())
              .text("message", renderer.message(finding)).build()));
      renderer.hint(finding).ifPresent(hint -> text.append(NL).append("      ").append(hint));
    }
    return text.toString();
  }

  private String headline(Renderer renderer) {
    return renderer.text(isValid() ? "validation.summary.valid" : "validation.summary.invalid",
        Arguments.builder()
            .count("errors", count(Severity.ERROR))
            .count("warnings", count(Severity.WARNING))
            .count("infos", count(Severity.INFO))
            .count("rules", rulesRun.size()).build());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ValidationReport)) {
      return false;
    }
    ValidationReport that = (ValidationReport) other;
    return rulesRun.equals(that.rulesRun) && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return rulesRun.hashCode() * 31 + findings.hashCode();
  }

  /** Returns the headline of {@link #summary()}, in English. */
  @Override
  public String toString() {
    return headline(Renderer.ENGLISH);
  }
}
