package io.github.twentyminute.journal;

/** Where a touchpoint stands at the summary's instant, most urgent first. */
public enum TouchpointStatus {
  /** The maximum window since the latest interaction has passed. */
  OVERDUE,
  /** The ideal window has passed, the maximum has not: get in touch now. */
  DUE,
  /** Still within the ideal window since the latest interaction. */
  UPCOMING
}
