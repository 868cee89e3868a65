package io.github.twentyminute.fit;

/** What {@link AgendaFitter} did to an item. */
public enum FitChangeKind {
  /** The item was removed from the agenda. */
  DROPPED,
  /** The item's planned time was cut. */
  SHORTENED,
  /** The item's planned time was raised. */
  LENGTHENED
}
