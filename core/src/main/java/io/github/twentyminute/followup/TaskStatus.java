package io.github.twentyminute.followup;

/** Where a follow-up task stands as of an instant, which decides its credit. */
public enum TaskStatus {
  /** Done at or before its ideal due: full credit. */
  DONE_IN_IDEAL(true),
  /** Done after its ideal due and at or before its maximum due: partial credit by the curve. */
  DONE_LATE(true),
  /** Done after its maximum due: the late floor. */
  DONE_AFTER_MAXIMUM(true),
  /** Not done, and its ideal due has not passed: pending; done now it earns full credit. */
  PENDING(false),
  /**
   * Not done, its ideal due has passed but its maximum due has not: pending; done now it earns
   * partial credit, less the longer it waits.
   */
  PENDING_PAST_IDEAL(false),
  /** Not done, and its maximum due has passed: overdue; done now it earns the late credit. */
  OVERDUE(false);

  private final boolean done;

  TaskStatus(boolean done) {
    this.done = done;
  }

  /**
   * Checks if the task is done.
   *
   * @return true for the three {@code DONE_*} statuses
   */
  public boolean isDone() {
    return done;
  }

  /**
   * Returns the id of the finding that explains a score line of this status.
   *
   * @return {@code followup.} and the status in lower case with hyphens, such as
   *     {@code followup.pending-past-ideal}
   */
  public String findingId() {
    return "followup." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
