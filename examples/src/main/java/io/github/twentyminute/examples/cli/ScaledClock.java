package io.github.twentyminute.examples.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that starts at a given instant and runs a number of times faster than real time. */
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
    return start.plus(Duration.ofNanos((long) (real * speed)));
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
