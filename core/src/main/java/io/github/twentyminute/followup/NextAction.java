package io.github.twentyminute.followup;

import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Renderer;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A task still to do, with the deadline that matters next: the ideal due for a pending task, the
 * maximum due once the ideal has passed (already past for an overdue task). {@link
 * FollowUpScore#nextActions()} lists them by urgency.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class NextAction {
  NextAction() {}

  static ImmutableNextAction.Builder builder() {
    return ImmutableNextAction.builder();
  }

  /**
   * Returns the task to do.
   *
   * @return the task
   */
  public abstract FollowUpTask task();

  /**
   * Returns where the task stands.
   *
   * @return {@link TaskStatus#PENDING}, {@link TaskStatus#PENDING_PAST_IDEAL} or {@link
   *     TaskStatus#OVERDUE}
   */
  public abstract TaskStatus status();

  /**
   * Returns the deadline that matters next.
   *
   * @return the ideal due for a pending task, otherwise the maximum due
   */
  public abstract Instant deadline();

  /**
   * Returns the time left until the deadline, as of the score's instant.
   *
   * @return the time left; negative for an overdue task
   */
  public abstract Duration timeLeft();

  /**
   * Returns the points the task would earn if done at the score's instant.
   *
   * @return the points, 0 to the task's possible points
   */
  public abstract int worthNow();

  /**
   * Returns by when to do it and what it is worth, as a finding to render after the task's
   * {@linkplain FollowUpTask#action() action}: id {@code followup.next-action}, key
   * {@code followup.next-action.pending}, {@code .past-ideal} or {@code .overdue}, located at
   * {@code tasks[<task id>]}, with the arguments {@code taskId} (text), {@code deadline}
   * (instant), {@code timeLeft} (duration; for an overdue task {@code ago} instead),
   * {@code worth} and {@code possible} (counts).
   *
   * @return the finding
   */
  public abstract Finding finding();

  /**
   * Returns what to do, by when and for how many points, in words for people; not for parsing.
   *
   * @param renderer the renderer of the reader's language, not null
   * @return the text: the task's action, then the finding
   */
  public String text(Renderer renderer) {
    return renderer.message(task().action()) + ": " + renderer.message(finding());
  }

  /** Returns {@link #text(Renderer)} in English. */
  @Override
  public String toString() {
    return text(Renderer.ENGLISH);
  }
}
