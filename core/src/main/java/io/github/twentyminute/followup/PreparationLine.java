package io.github.twentyminute.followup;

import io.github.twentyminute.findings.Finding;
import org.immutables.value.Value;

/**
 * One line of a {@link PreparationScore}: a check, the points it earned out of its share, and
 * the finding that explains them, every point lost included.
 *
 * <p>The finding's id is the check's {@link PreparationCheck#findingId()}, such as
 * {@code preparation.questions-linked}, located where the check looks in the agenda (such as
 * {@code counterpart.notes}); its key adds a variant for each case (such as {@code .none}), and
 * its arguments always include {@code earned} and {@code possible} (counts).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class PreparationLine {
  PreparationLine() {}

  /**
   * Obtains a line.
   *
   * @param check the check, not null
   * @param earned the points earned, 0 to the check's points
   * @param finding the finding that explains the points, not null
   * @return the line
   * @throws IllegalArgumentException if the points are out of range
   */
  public static PreparationLine of(PreparationCheck check, int earned, Finding finding) {
    return ImmutablePreparationLine.builder().check(check).earned(earned).finding(finding)
        .build();
  }

  /**
   * Returns the check.
   *
   * @return the check
   */
  public abstract PreparationCheck check();

  /**
   * Returns the points earned.
   *
   * @return the points, 0 to {@link #possible()}
   */
  public abstract int earned();

  /**
   * Returns the points the check could earn.
   *
   * @return the check's share of the 100 points
   */
  public int possible() {
    return check().points();
  }

  /**
   * Returns the points lost.
   *
   * @return {@code possible - earned}
   */
  public int lost() {
    return possible() - earned();
  }

  /**
   * Returns the finding that explains the points, naming every point lost and why.
   *
   * @return the finding; render it with {@link io.github.twentyminute.findings.Renderer}
   */
  public abstract Finding finding();

  @Value.Check
  final void validate() {
    if (earned() < 0 || earned() > possible()) {
      throw new IllegalArgumentException(
          "preparation line " + check().id() + " earned must be 0 to " + possible()
              + ", but was " + earned());
    }
  }

  /** Returns a short form such as {@code questions-linked 16/25}. */
  @Override
  public String toString() {
    return check().id() + " " + earned() + "/" + possible();
  }
}
