package io.github.twentyminute.examples.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that starts at a given instant, runs a number of times faster than real time and
 * ticks in whole seconds, so the screen's times agree with each other.
 */
final class ScaledClock extends Clock {
  private final Instant start;
  private final double speed;
  private final long startNanos = System.nanoTime();

  ScaledClock(Instant start, double speed) {
    this.start = start;
    this.speed = speed;
  }

  @Override
  public Instant instant() {
    long real = System.nanoTime() - startNanos;
    return start.plus(Duration.ofSeconds((long) (real * speed / 1e9)));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the coach's clock is always in UTC");
  }
}
