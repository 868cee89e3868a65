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
 *   <li>Not done, ideal due not passed: pending, 100% so far; it is not penalised.
 *   <li>Not done, ideal due passed, maximum due not passed: pending, with the credit it would
 *       earn if done at the instant scored (its earned-so-far), which shrinks along the line.
 *   <li>Not done, maximum due passed: overdue, 0%.
 * </ul>
 *
 * <p>Points are whole numbers: a task's earned points are its points times its credit, rounded
 * to the nearest whole point, halves up (so a task done one second past its ideal due usually
 * still earns all its points). The arithmetic is exact, to the nanosecond. Because credit never grows with time and a done task never earns less than it would
 * have as pending, completing a task never lowers a score, completing it earlier never lowers it,
 * and a later instant never raises the score of a follow-up in which nothing more was done.
 *
 * <p>Why a pending task past its ideal due holds only what it would earn if done now, rather
 * than full credit until its maximum due: with full credit, doing the task at that moment would
 * lower the score, and a score that punishes doing the work would mislead.
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
