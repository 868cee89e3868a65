package io.github.twentyminute.journal;

import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.internal.Durations;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A meeting that ran past its budget, from its timeline.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Overrun {
  Overrun() {}

  static ImmutableOverrun.Builder builder() {
    return ImmutableOverrun.builder();
  }

  /**
   * Returns the id of the meeting record.
   *
   * @return the record id
   */
  public abstract String recordId();

  /**
   * Returns the person met.
   *
   * @return the counterpart of that meeting
   */
  public abstract Contact person();

  /**
   * Returns when the meeting ended.
   *
   * @return the meeting end
   */
  public abstract Instant meetingEnd();

  /**
   * Returns the meeting time, paused time excluded.
   *
   * @return the total
   */
  public abstract Duration total();

  /**
   * Returns the plan's budget.
   *
   * @return the budget
   */
  public abstract Duration budget();

  /**
   * Returns how far the meeting ran past its budget.
   *
   * @return the overrun, positive
   */
  public Duration overBudget() {
    return total().minus(budget());
  }

  /**
   * Returns the plan's hard ceiling.
   *
   * @return the hard ceiling
   */
  public abstract Duration hardCeiling();

  /**
   * Checks if the meeting also ran past the hard ceiling.
   *
   * @return true if the total is above the hard ceiling
   */
  public boolean pastCeiling() {
    return total().compareTo(hardCeiling()) > 0;
  }

  @Value.Check
  final void check() {
    if (total().compareTo(budget()) <= 0) {
      throw new IllegalArgumentException(
          "overrun of " + recordId() + " needs a total (" + Durations.format(total())
              + ") above the budget (" + Durations.format(budget()) + ")");
    }
  }

  /** Returns a short form such as {@code m2 Lee Park 24:30, 4:30 over the 20:00 budget}. */
  @Override
  public String toString() {
    return recordId() + " " + person().name() + " " + Durations.format(total()) + ", "
        + Durations.format(overBudget()) + " over the " + Durations.format(budget()) + " budget"
        + (pastCeiling() ? ", past the " + Durations.format(hardCeiling()) + " ceiling" : "");
  }
}
