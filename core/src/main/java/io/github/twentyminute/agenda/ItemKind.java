package io.github.twentyminute.agenda;

/** What an agenda item is. */
public enum ItemKind {
  /** A prepared question for the counterpart. */
  QUESTION,
  /** Something you plan to say, such as your purpose or an update. */
  STATEMENT,
  /** One of the plan's cues, such as {@code ending.ask-for-names}, placed in the agenda. */
  CUE
}
