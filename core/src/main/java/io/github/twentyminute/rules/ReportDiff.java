package io.github.twentyminute.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What changed between the reports of two drafts: violations fixed, violations new, violations
 * still there. Two violations are the same when all their fields are equal.
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
    Set<Violation> before = new HashSet<>(earlier.violations());
    Set<Violation> after = new HashSet<>(later.violations());
    return ImmutableReportDiff.builder()
        .fixed(earlier.violations().stream().filter(v -> !after.contains(v))
            .collect(Collectors.toList()))
        .introduced(later.violations().stream().filter(v -> !before.contains(v))
            .collect(Collectors.toList()))
        .remaining(later.violations().stream().filter(before::contains)
            .collect(Collectors.toList()))
        .build();
  }

  /**
   * Returns the violations of the earlier draft that the later one no longer has.
   *
   * @return the fixed violations, in report order
   */
  public abstract List<Violation> fixed();

  /**
   * Returns the violations of the later draft that the earlier one did not have.
   *
   * @return the new violations, in report order
   */
  public abstract List<Violation> introduced();

  /**
   * Returns the violations both drafts have.
   *
   * @return the remaining violations, in report order
   */
  public abstract List<Violation> remaining();

  /**
   * Checks if nothing changed.
   *
   * @return true if no violation was fixed or introduced
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
