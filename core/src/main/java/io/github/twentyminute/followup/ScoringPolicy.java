package io.github.twentyminute.followup;

import org.immutables.value.Value;

/**
 * How a follow-up task's timing turns into credit, a share of the task's points.
 *
 * <ul>
 *   <li>Done at or before its ideal due: 100%.
 *   <li>Done after its ideal due and at or before its maximum due: falling linearly with the
 *       time done, from 100% just after the ideal due to {@link #creditAtMaximumPercent()}
 *       (standard: 50%) exactly at the maximum due.
 *   <li>Done after its maximum due: {@link #lateCreditPercent()} (standard: 25%): late is
 *       better than never.
 *   <li>Not done, whatever the time: 0%. Its line says what doing it now would earn: all its
 *       points before the ideal due, the credit above along the line after it, the late credit
 *       once the maximum due has passed.
 * </ul>
 *
 * <p>Points are whole numbers: a task's earned points are its points times its credit, rounded
 * to the nearest whole point, halves up (so a task done one second past its ideal due usually
 * still earns all its points). The arithmetic is exact, to the nanosecond.
 *
 * <p>Why a task earns its credit only once it is done: the score rewards doing. Doing a task now
 * raises the score by exactly what the task is worth now (its next action's worth), never
 * lowers it, and a task done earlier never earns less than one done later. A score that
 * credited a pending task in advance (full points until its ideal due, or what it would earn
 * if done now once that has passed) would not move when the task is done, and would tell you
 * that doing the work changes nothing. Because credit never grows with time, a later instant
 * never raises the score of a follow-up in which nothing more was done. The score is the
 * follow-up's completeness: a meeting that just ended starts at 0, and the next actions say
 * what each task would add.
 *
 * <p>Structure is checked at construction: {@code 0 <= late <= atMaximum <= 100}. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoringPolicy {
  private static final ScoringPolicy STANDARD = of(50, 25);

  ScoringPolicy() {}

  /**
   * Returns the standard policy: 50% at the maximum due, 25% after it.
   *
   * @return the standard policy
   */
  public static ScoringPolicy standard() {
    return STANDARD;
  }

  /**
   * Obtains a policy.
   *
   * @param creditAtMaximumPercent the credit of a task done exactly at its maximum due, 0 to 100
   * @param lateCreditPercent the credit of a task done after its maximum due, 0 to
   *     {@code creditAtMaximumPercent}
   * @return the policy
   * @throws IllegalArgumentException if the percentages are out of range or out of order
   */
  public static ScoringPolicy of(int creditAtMaximumPercent, int lateCreditPercent) {
    return ImmutableScoringPolicy.builder().creditAtMaximumPercent(creditAtMaximumPercent)
        .lateCreditPercent(lateCreditPercent).build();
  }

  /**
   * Returns the credit of a task done exactly at its maximum due; the credit falls linearly to
   * it from 100% at the ideal due.
   *
   * @return the percentage, 0 to 100
   */
  public abstract int creditAtMaximumPercent();

  /**
   * Returns the credit of a task done after its maximum due.
   *
   * @return the percentage, 0 to {@link #creditAtMaximumPercent()}
   */
  public abstract int lateCreditPercent();

  @Value.Check
  final void check() {
    if (creditAtMaximumPercent() < 0 || creditAtMaximumPercent() > 100) {
      throw new IllegalArgumentException(
          "scoring policy credit at maximum must be 0 to 100 percent, but was "
              + creditAtMaximumPercent());
    }
    if (lateCreditPercent() < 0 || lateCreditPercent() > creditAtMaximumPercent()) {
      throw new IllegalArgumentException(
          "scoring policy late credit must be 0 to the credit at maximum ("
              + creditAtMaximumPercent() + ") percent, but was " + lateCreditPercent()
              + "; late must never pay more than on time");
    }
  }

  /** Returns a short form such as {@code linear 100% at ideal to 50% at maximum, late 25%}. */
  @Override
  public String toString() {
    return "linear 100% at ideal to " + creditAtMaximumPercent() + "% at maximum, late "
        + lateCreditPercent() + "%";
  }
}
