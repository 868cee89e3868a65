package io.github.twentyminute.session;

import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One agenda item of an ended meeting: planned against actual time and what became of it.
 *
 * <p>A covered item's actual time runs from the start of its phase, or from the phase's previous
 * covered item, to the moment it was covered, paused time excluded. Skipped and unreached items
 * took no time. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ItemTimeline {
  ItemTimeline() {}

  static ImmutableItemTimeline.Builder builder() {
    return ImmutableItemTimeline.builder();
  }

  /**
   * Returns the item id.
   *
   * @return the id
   */
  public abstract String itemId();

  /**
   * Returns the item's phase.
   *
   * @return the phase id
   */
  public abstract PhaseId phase();

  /**
   * Returns what became of the item.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * Returns the planned time.
   *
   * @return the planned time, never negative
   */
  public abstract Duration planned();

  /**
   * Returns the time the item took.
   *
   * @return the actual time, zero unless covered
   */
  public abstract Duration actual();

  /**
   * Returns when the item was covered or skipped, after clock corrections.
   *
   * @return the instant, or empty if not reached
   */
  public abstract Optional<Instant> at();

  /**
   * Returns how far the item ran past its planned time.
   *
   * @return {@code actual - planned}, or zero; never negative
   */
  public Duration overrun() {
    return Durations.max(Duration.ZERO, actual().minus(planned()));
  }

  /** Returns a short form such as {@code q1 COVERED 3:20 against 3:00}. */
  @Override
  public String toString() {
    return itemId() + " " + outcome() + " " + Durations.format(actual()) + " against "
        + Durations.format(planned());
  }

  /** What became of an agenda item in a meeting. */
  public enum Outcome {
    /** The item was covered. */
    COVERED,
    /** The item was given up on purpose. */
    SKIPPED,
    /** The meeting ended, or left the item's phase, before the item was covered or skipped. */
    NOT_REACHED
  }
}
