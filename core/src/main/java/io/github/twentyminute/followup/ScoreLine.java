package io.github.twentyminute.followup;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a {@link FollowUpScore}: a task, where it stands, the points it earned out of the
 * points it could earn, and the reason, which explains every point lost.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreLine {
  ScoreLine() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableScoreLine.Builder builder() {
    return ImmutableScoreLine.builder();
  }

  /**
   * Returns the task scored.
   *
   * @return the task
   */
  public abstract FollowUpTask task();

  /**
   * Returns where the task stands as of the score's instant.
   *
   * @return the status
   */
  public abstract TaskStatus status();

  /**
   * Returns when the task was done, if it was done by the score's instant.
   *
   * @return the completion instant, or empty
   */
  public abstract Optional<Instant> doneAt();

  /**
   * Returns the points earned.
   *
   * @return the points, 0 to {@link #possible()}
   */
  public abstract int earned();

  /**
   * Returns the points the task could earn: its share of the score's 100.
   *
   * @return the points, zero or positive
   */
  public abstract int possible();

  /**
   * Returns the reason for the points, naming every point lost and why.
   *
   * @return the reason, never blank
   */
  public abstract String reason();

  /**
   * Returns the points lost.
   *
   * @return {@code possible - earned}
   */
  public int lost() {
    return possible() - earned();
  }

  @Value.Check
  final void check() {
    if (earned() < 0 || earned() > possible()) {
      throw new IllegalArgumentException(
          "score line " + task().id() + " earned must be 0 to possible (" + possible()
              + "), but was " + earned());
    }
    if (reason().isBlank()) {
      throw new IllegalArgumentException("score line " + task().id() + " reason must not be"
          + " blank");
    }
  }

  /** Returns a short form such as {@code thank-you-note 12/15 DONE_LATE}. */
  @Override
  public String toString() {
    return task().id() + " " + earned() + "/" + possible() + " " + status();
  }
}
