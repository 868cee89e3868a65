package io.github.twentyminute.followup;

import io.github.twentyminute.internal.Durations;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * When a follow-up task of one kind is due, measured from the meeting's actual end, and how much
 * it weighs in the follow-up score: an ideal window (done within it earns full credit), a
 * maximum window (done after it earns only the late floor) and a weight.
 *
 * <p>Structure is checked at construction: neither window is negative, the ideal does not pass
 * the maximum, and the weight is at least 1. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUpWindow {
  FollowUpWindow() {}

  /**
   * Obtains a window.
   *
   * @param ideal the time after the meeting's end within which the task earns full credit; not
   *     null, not negative
   * @param maximum the time after the meeting's end after which the task is late; not null, at
   *     least the ideal
   * @param weight the task's weight in the score, at least 1
   * @return the window
   * @throws IllegalArgumentException if a window is negative, the ideal passes the maximum or the
   *     weight is below 1
   */
  public static FollowUpWindow of(Duration ideal, Duration maximum, int weight) {
    return ImmutableFollowUpWindow.builder().ideal(ideal).maximum(maximum).weight(weight).build();
  }

  /**
   * Returns the time after the meeting's end within which the task earns full credit.
   *
   * @return the ideal window, zero or positive
   */
  public abstract Duration ideal();

  /**
   * Returns the time after the meeting's end after which the task is late.
   *
   * @return the maximum window, at least the ideal
   */
  public abstract Duration maximum();

  /**
   * Returns the weight of each task of this kind: its share of the score's points is its weight
   * over the sum of the weights of all the meeting's tasks.
   *
   * @return the weight, at least 1
   */
  public abstract int weight();

  /**
   * Returns a copy of this window with another weight.
   *
   * @param weight the weight, at least 1
   * @return the copy
   * @throws IllegalArgumentException if the weight is below 1
   */
  public FollowUpWindow withWeight(int weight) {
    return of(ideal(), maximum(), weight);
  }

  @Value.Check
  final void check() {
    Durations.requireInRange(ideal(), "follow-up window ideal");
    Durations.requireInRange(maximum(), "follow-up window maximum");
    if (maximum().compareTo(ideal()) < 0) {
      throw new IllegalArgumentException(
          "follow-up window maximum (" + maximum() + ") is below its ideal (" + ideal() + ")");
    }
    if (weight() < 1) {
      throw new IllegalArgumentException(
          "follow-up window weight must be at least 1, but was " + weight());
    }
  }

  /** Returns a short form such as {@code ideal PT24H, maximum PT72H, weight 3}. */
  @Override
  public String toString() {
    return "ideal " + ideal() + ", maximum " + maximum() + ", weight " + weight();
  }
}
