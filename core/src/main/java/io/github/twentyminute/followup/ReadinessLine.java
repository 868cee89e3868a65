package io.github.twentyminute.followup;

import org.immutables.value.Value;

/**
 * One line of a {@link PreparationScore}: a check, the points it earned out of its share, and
 * the reason, which explains every point lost.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReadinessLine {
  ReadinessLine() {}

  /**
   * Obtains a line.
   *
   * @param check the check, not null
   * @param earned the points earned, 0 to the check's points
   * @param reason why, not null, not blank
   * @return the line
   * @throws IllegalArgumentException if the points are out of range or the reason is blank
   */
  public static ReadinessLine of(ReadinessCheck check, int earned, String reason) {
    return ImmutableReadinessLine.builder().check(check).earned(earned).reason(reason).build();
  }

  /**
   * Returns the check.
   *
   * @return the check
   */
  public abstract ReadinessCheck check();

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
   * Returns the reason for the points, naming every point lost and why.
   *
   * @return the reason, never blank
   */
  public abstract String reason();

  @Value.Check
  final void validate() {
    if (earned() < 0 || earned() > possible()) {
      throw new IllegalArgumentException(
          "readiness line " + check().id() + " earned must be 0 to " + possible() + ", but was "
              + earned());
    }
    if (reason().isBlank()) {
      throw new IllegalArgumentException("readiness line " + check().id() + " reason must not"
          + " be blank");
    }
  }

  /** Returns a short form such as {@code questions-linked 16/25}. */
  @Override
  public String toString() {
    return check().id() + " " + earned() + "/" + possible();
  }
}
