package io.github.twentyminute.followup;

import io.github.twentyminute.findings.Finding;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a {@link FollowUpScore}: a task, where it stands, the points it earned out of the
 * points it could earn, and the finding that explains them, every point lost included.
 *
 * <p>The finding's id is the status's {@link TaskStatus#findingId()}, such as
 * {@code followup.done-late}; it is located at {@code tasks[<task id>]}. Its key adds
 * {@code .own-due} for a task with its own due time and {@code .recorded} for one whose windows
 * count from a commitment recorded after the meeting. Its arguments: always {@code taskId}
 * (text), {@code earned} and {@code possible} (counts), {@code ideal} and {@code maximum} (the
 * windows, durations), {@code idealDue} and {@code maximumDue} (instants); {@code dueBy} for a
 * task with its own due time; when done, {@code doneAt} and {@code elapsed} (since the windows
 * opened); when done or pending past a deadline, {@code late} (how long past it); when done
 * late, {@code creditAtMaximum} or {@code lateCredit} (percentages, counts); when pending,
 * {@code timeLeft}; when not done, {@code worthNow} (the points doing it now would earn) and,
 * past the ideal, {@code worthAtMaximum}; when overdue, {@code ago}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreLine {
  ScoreLine() {}

  static ImmutableScoreLine.Builder builder() {
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
   * Returns the finding that explains the points, naming every point lost and why.
   *
   * @return the finding; render it with {@link io.github.twentyminute.findings.Renderer}
   */
  public abstract Finding finding();

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
  }

  /** Returns a short form such as {@code thank-you-note 12/15 DONE_LATE}. */
  @Override
  public String toString() {
    return task().id() + " " + earned() + "/" + possible() + " " + status();
  }
}
