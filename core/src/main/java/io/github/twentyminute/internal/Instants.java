package io.github.twentyminute.internal;

import java.time.Instant;
import java.util.Objects;

/**
 * The range of instants TwentyMinute values accept: the years 0000 to 9999, which ISO-8601 writes
 * with four digits and no sign. Instants shifted by at most {@link Durations#MAX} stay far inside
 * {@link Instant}'s own range, so derived deadlines never overflow.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Instants {
  /** The earliest instant accepted: {@code 0000-01-01T00:00:00Z}. */
  public static final Instant MIN = Instant.parse("0000-01-01T00:00:00Z");
  /** The latest instant accepted: {@code 9999-12-31T23:59:59.999999999Z}. */
  public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private Instants() {}

  /**
   * Checks that an instant is from {@link #MIN} to {@link #MAX}.
   *
   * @param instant the instant, not null
   * @param field the name of the field, used in the message
   * @return the instant
   * @throws IllegalArgumentException if the instant is outside the range
   */
  public static Instant requireInRange(Instant instant, String field) {
    Objects.requireNonNull(instant, field);
    if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
      throw new IllegalArgumentException(field + " must be from " + MIN + " to " + MAX
          + ", but was " + instant);
    }
    return instant;
  }
}
