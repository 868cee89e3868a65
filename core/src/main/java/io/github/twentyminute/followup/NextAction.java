package io.github.twentyminute.followup;

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

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableNextAction.Builder builder() {
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
   * Returns what to do and by when, in words for people; not for parsing.
   *
   * @return the text
   */
  public abstract String text();

  /** Returns {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }
}
