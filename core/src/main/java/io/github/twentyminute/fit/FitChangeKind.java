package io.github.twentyminute.fit;

/** What {@link AgendaFitter} did to an item. */
public enum FitChangeKind {
  /** The item was removed from the agenda: finding {@value FitFindings#DROPPED}. */
  DROPPED,
  /** The item's planned time was cut: finding {@value FitFindings#SHORTENED}. */
  SHORTENED,
  /** The item's planned time was raised: finding {@value FitFindings#LENGTHENED}. */
  LENGTHENED
}
