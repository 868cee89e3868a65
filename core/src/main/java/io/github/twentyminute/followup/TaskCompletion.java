package io.github.twentyminute.followup;

import io.github.twentyminute.internal.Instants;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A record that a follow-up task was done, and when.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class TaskCompletion {
  TaskCompletion() {}

  /**
   * Obtains a completion.
   *
   * @param taskId the id of the task done, such as {@code thank-you-note}; not null
   * @param doneAt when it was done, not null
   * @return the completion
   */
  public static TaskCompletion of(String taskId, Instant doneAt) {
    return ImmutableTaskCompletion.builder().taskId(taskId).doneAt(doneAt).build();
  }

  /**
   * Returns the id of the task done.
   *
   * @return the task id
   */
  public abstract String taskId();

  /**
   * Returns when the task was done.
   *
   * @return the instant
   */
  public abstract Instant doneAt();

  @Value.Check
  final void check() {
    Instants.requireInRange(doneAt(), "task " + taskId() + " done at");
  }

  /** Returns a short form such as {@code thank-you-note done 2026-03-11T09:00:00Z}. */
  @Override
  public String toString() {
    return taskId() + " done " + doneAt();
  }
}
