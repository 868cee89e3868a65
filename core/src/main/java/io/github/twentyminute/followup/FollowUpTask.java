package io.github.twentyminute.followup;

import io.github.twentyminute.findings.Finding;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing to do after a meeting, with its deadlines: the instant up to which it earns full
 * credit ({@link #idealDue()}) and the instant after which it is late ({@link #maximumDue()}).
 * Tasks are derived by {@link FollowUp#tasks()} from the policy and the ledger; you rarely build
 * one yourself.
 *
 * <p>Task ids are stable: {@code thank-you-note} and {@code next-touchpoint} for the tasks every
 * meeting has, and {@code <kind id>:<commitment id>} (such as {@code deliver-promise:c1}) for the
 * tasks that commitments create: the text form of a {@link TaskId}, the scheme's one home.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUpTask {
  FollowUpTask() {}

  static ImmutableFollowUpTask.Builder builder() {
    return ImmutableFollowUpTask.builder();
  }

  /**
   * Returns the id, unique among the tasks of a follow-up.
   *
   * @return the id, such as {@code thank-you-note} or {@code contact-referral:c2}
   */
  public abstract String id();

  /**
   * Returns the kind of task.
   *
   * @return the kind
   */
  public abstract FollowUpKind kind();

  /**
   * Returns what to do, as a finding to render in the reader's language: id
   * {@code followup.task.<kind id>} (such as {@code followup.task.deliver-promise}), located at
   * {@code tasks[<task id>]}, with the text arguments {@code taskId}, {@code counterpart} (the
   * person met, for the thank-you note and the next touchpoint, when known), {@code commitment}
   * (what was promised, offered or advised) and {@code person} (the person a commitment names).
   *
   * @return the action; render it with {@link io.github.twentyminute.findings.Renderer}
   */
  public abstract Finding action();

  /**
   * Returns the instant the windows count from: the meeting's actual end, or the capture time of
   * a commitment recorded after the meeting.
   *
   * @return the start of the windows
   */
  public abstract Instant windowStart();

  /**
   * Returns the instant up to which the task, done, earns full credit.
   *
   * @return the ideal due instant
   */
  public abstract Instant idealDue();

  /**
   * Returns the instant after which the task is late; done after it, it earns only the late
   * floor, and not done after it, nothing.
   *
   * @return the maximum due instant, not before the ideal
   */
  public abstract Instant maximumDue();

  /**
   * Returns the weight of the task in the score.
   *
   * @return the weight, at least 1
   */
  public abstract int weight();

  /**
   * Returns the commitment this task came from.
   *
   * @return the commitment, or empty for the thank-you note and the next touchpoint
   */
  public abstract Optional<Commitment> commitment();

  /**
   * Checks if the deadlines are the commitment's own due time rather than the policy's windows.
   *
   * @return true if the task came from a commitment with its own due time
   */
  public boolean hasOwnDueTime() {
    return commitment().flatMap(Commitment::dueBy).isPresent();
  }

  @Value.Check
  final void check() {
    if (maximumDue().isBefore(idealDue())) {
      throw new IllegalArgumentException(
          "follow-up task " + id() + " maximum due (" + maximumDue() + ") is before its ideal due ("
              + idealDue() + ")");
    }
    if (weight() < 1) {
      throw new IllegalArgumentException(
          "follow-up task " + id() + " weight must be at least 1, but was " + weight());
    }
  }

  /** Returns a short form such as {@code thank-you-note due 2026-03-11T15:20:00Z..2026-03-13T15:20:00Z}. */
  @Override
  public String toString() {
    return id() + " due " + idealDue() + ".." + maximumDue();
  }
}
