package io.github.twentyminute.journal;

import io.github.twentyminute.agenda.Contact;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One meeting's follow-up score in the journal's trend, as of the summary's instant.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScorePoint {
  ScorePoint() {}

  static ImmutableScorePoint.Builder builder() {
    return ImmutableScorePoint.builder();
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
   * Returns the follow-up score as of the summary's instant.
   *
   * @return the score, 0 to 100
   */
  public abstract int score();

  /** Returns a short form such as {@code m1 2026-03-10T15:20:00Z Dana Reyes 85}. */
  @Override
  public String toString() {
    return recordId() + " " + meetingEnd() + " " + person().name() + " " + score();
  }
}
