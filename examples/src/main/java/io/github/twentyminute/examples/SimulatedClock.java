package io.github.twentyminute.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that stands still until it is moved on: what a test or a simulation gives a
 * {@link io.github.twentyminute.session.LiveMeeting} instead of the system clock. Not
 * thread-safe.
 */
public final class SimulatedClock extends Clock {
  private Instant now;

  /**
   * Creates a clock that reads the given instant until it is moved on.
   *
   * @param start the first reading, not null
   */
  public SimulatedClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  /**
   * Moves the clock on.
   *
   * @param step how far, not null, not negative
   * @return this clock
   * @throws IllegalArgumentException if the step is negative
   */
  public SimulatedClock advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("a clock moves forward only, but the step was " + step);
    }
    now = now.plus(step);
    return this;
  }

  /**
   * Moves the clock on to an instant.
   *
   * @param instant the new reading, not before the current one
   * @return this clock
   * @throws IllegalArgumentException if the instant is before the current reading
   */
  public SimulatedClock set(Instant instant) {
    return advance(Duration.between(now, instant));
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a simulated clock is always in UTC");
  }
}
