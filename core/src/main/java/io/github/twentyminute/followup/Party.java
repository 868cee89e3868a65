package io.github.twentyminute.followup;

/** Whose commitment it is: yours (the person who asked for the meeting) or your counterpart's. */
public enum Party {
  /** Yours: what you promised or offered them, or a name you gave them. */
  MINE,
  /** Theirs: what they offered or promised you, a name they gave you, advice they gave you. */
  THEIRS
}
