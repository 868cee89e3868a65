package io.github.twentyminute.session;

/** Where a phase stands in a live meeting, as seen by {@link Pacing}. */
public enum PhaseState {
  /** The phase began and a later phase followed, or the meeting ended. */
  DONE,
  /** The meeting is in this phase now. */
  CURRENT,
  /** The phase is still to come. */
  UPCOMING,
  /** The meeting went past the phase without entering it. */
  SKIPPED
}
