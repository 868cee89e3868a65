package io.github.twentyminute.session;

/** What became of an agenda item in a meeting. */
public enum ItemOutcome {
  /** The item was covered. */
  COVERED,
  /** The item was given up on purpose. */
  SKIPPED,
  /** The meeting ended, or left the item's phase, before the item was covered or skipped. */
  NOT_REACHED
}
