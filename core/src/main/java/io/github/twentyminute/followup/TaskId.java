package io.github.twentyminute.followup;

import io.github.twentyminute.internal.Ids;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The id of a follow-up task: the one home of the task-id scheme. A task every meeting has is
 * named by its kind ({@code thank-you-note}, {@code next-touchpoint}); a task a commitment
 * creates by its kind and the commitment's id, joined by a colon ({@code deliver-promise:c1}).
 *
 * <p>{@link #toString()} gives the text form that {@link FollowUpTask#id()},
 * {@link TaskCompletion#taskId()} and the follow-up document use, and {@link #parse(String)}
 * reads it back. Instances are immutable and thread-safe.
 */
public final class TaskId {
  /** The thank-you note every meeting has. */
  public static final TaskId THANK_YOU_NOTE = new TaskId(FollowUpKind.THANK_YOU_NOTE, null);
  /** The next touchpoint every meeting has. */
  public static final TaskId NEXT_TOUCHPOINT = new TaskId(FollowUpKind.NEXT_TOUCHPOINT, null);

  private static final char SEPARATOR = ':';

  private final FollowUpKind kind;
  private final @Nullable String commitmentId;

  private TaskId(FollowUpKind kind, @Nullable String commitmentId) {
    this.kind = kind;
    this.commitmentId = commitmentId;
  }

  /**
   * Obtains the id of a task every meeting has.
   *
   * @param kind {@link FollowUpKind#THANK_YOU_NOTE} or {@link FollowUpKind#NEXT_TOUCHPOINT}
   * @return the id
   * @throws IllegalArgumentException if tasks of the kind come from commitments
   */
  public static TaskId of(FollowUpKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (!kind.isOncePerMeeting()) {
      throw new IllegalArgumentException("a " + kind.id() + " task comes from a commitment;"
          + " maybe TaskId.of(FollowUpKind." + kind + ", commitmentId)");
    }
    return kind == FollowUpKind.THANK_YOU_NOTE ? THANK_YOU_NOTE : NEXT_TOUCHPOINT;
  }

  /**
   * Obtains the id of the task a commitment creates.
   *
   * @param kind a kind of task that commitments create, such as
   *     {@link FollowUpKind#DELIVER_PROMISE}
   * @param commitmentId the commitment's id, not null
   * @return the id
   * @throws IllegalArgumentException if every meeting has its one task of the kind, or the
   *     commitment id does not follow the id grammar
   */
  public static TaskId of(FollowUpKind kind, String commitmentId) {
    Objects.requireNonNull(kind, "kind");
    Ids.require(commitmentId, "commitment id");
    if (kind.isOncePerMeeting()) {
      throw new IllegalArgumentException("every meeting has one " + kind.id() + " task, named "
          + kind.id() + ", not one per commitment such as " + commitmentId);
    }
    return new TaskId(kind, commitmentId);
  }

  /**
   * Obtains an id from its text form, such as {@code thank-you-note} or
   * {@code contact-referral:c2}.
   *
   * @param text the text, not null
   * @return the id
   * @throws IllegalArgumentException if the text is not a task id
   */
  public static TaskId parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int colon = s.indexOf(SEPARATOR);
    String kind = colon < 0 ? s : s.substring(0, colon);
    FollowUpKind found;
    try {
      found = FollowUpKind.ofId(kind);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("task id must be thank-you-note, next-touchpoint or"
          + " <kind>:<commitment id> such as deliver-promise:c1, but was \"" + s + "\"", e);
    }
    if (colon < 0) {
      if (!found.isOncePerMeeting()) {
        throw new IllegalArgumentException("task id " + s + " names no commitment; expected "
            + s + ":<commitment id>, such as " + s + ":c1");
      }
      return of(found);
    }
    return of(found, s.substring(colon + 1));
  }

  /**
   * Returns the kind of task.
   *
   * @return the kind
   */
  public FollowUpKind kind() {
    return kind;
  }

  /**
   * Returns the id of the commitment that created the task.
   *
   * @return the commitment id, or empty for a task every meeting has
   */
  public Optional<String> commitmentId() {
    return Optional.ofNullable(commitmentId);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other || (other instanceof TaskId && ((TaskId) other).kind == kind
        && Objects.equals(((TaskId) other).commitmentId, commitmentId));
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Objects.hashCode(commitmentId);
  }

  /**
   * Returns the text form, which {@link #parse(CharSequence)} reads back: the kind's id, then a
   * colon and the commitment id for a commitment's task.
   */
  @Override
  public String toString() {
    return commitmentId == null ? kind.id() : kind.id() + SEPARATOR + commitmentId;
  }
}
