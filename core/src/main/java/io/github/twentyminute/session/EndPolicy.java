package io.github.twentyminute.session;

/** Which end time the re-planned rest of a live meeting aims at. */
public enum EndPolicy {
  /**
   * End at the budget, the time promised: an overrun is made up by the phases that absorb
   * overruns (and then the others), and time left over goes to the same phases in that order, each
   * up to its maximum. The default.
   */
  BUDGET,
  /**
   * End by the hard ceiling: phases keep their planned time as long as the meeting stays within
   * its hard ceiling, and give up time only where it would otherwise pass it. Use it when the
   * counterpart has said they have more time.
   */
  CEILING
}
