package io.github.twentyminute.rules;

import io.github.twentyminute.findings.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What changed between the reports of two drafts: findings fixed, findings new, findings still
 * there. Two findings are the same when they are equal: the same id, severity, location, key and
 * arguments.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportDiff {
  ReportDiff() {}

  /**
   * Compares two reports.
   *
   * @param earlier the report of the earlier draft, not null
   * @param later the report of the later draft, not null
   * @return the difference
   */
  public static ReportDiff between(ValidationReport earlier, ValidationReport later) {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    Set<Finding> before = new HashSet<>(earlier.findings());
    Set<Finding> after = new HashSet<>(later.findings());
    return ImmutableReportDiff.builder()
        .fixed(earlier.findings().stream().filter(v -> !after.contains(v))
            .collect(Collectors.toList()))
        .introduced(later.findings().stream().filter(v -> !before.contains(v))
            .collect(Collectors.toList()))
        .remaining(later.findings().stream().filter(before::contains)
            .collect(Collectors.toList()))
        .build();
  }

  /**
   * Returns the findings of the earlier draft that the later one no longer has.
   *
   * @return the fixed findings, in report order
   */
  public abstract List<Finding> fixed();

  /**
   * Returns the findings of the later draft that the earlier one did not have.
   *
   * @return the new findings, in report order
   */
  public abstract List<Finding> introduced();

  /**
   * Returns the findings both drafts have.
   *
   * @return the remaining findings, in report order
   */
  public abstract List<Finding> remaining();

  /**
   * Checks if nothing changed.
   *
   * @return true if no finding was fixed or introduced
   */
  public boolean isUnchanged() {
    return fixed().isEmpty() && introduced().isEmpty();
  }

  /** Returns a one-line count for people, such as {@code 2 fixed, 1 new, 3 remaining}. */
  @Override
  public String toString() {
    return fixed().size() + " fixed, " + introduced().size() + " new, " + remaining().size()
        + " remaining";
  }
}
