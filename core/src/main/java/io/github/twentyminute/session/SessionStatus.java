package io.github.twentyminute.session;

/** Where a live meeting stands. */
public enum SessionStatus {
  /** No {@link SessionEvent.Started} event yet. */
  NOT_STARTED,
  /** Started, not paused, not ended. */
  RUNNING,
  /** Paused: the clock of the meeting stands still until it is resumed or ended. */
  PAUSED,
  /** Ended; only clock corrections are accepted. */
  ENDED
}
