package io.github.twentyminute.journal;

import io.github.twentyminute.agenda.Contact;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One insight as the journal sees it: what was said, by whom, in which meeting.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class InsightMention {
  InsightMention() {}

  static ImmutableInsightMention.Builder builder() {
    return ImmutableInsightMention.builder();
  }

  /**
   * Returns the id of the meeting record the insight is in.
   *
   * @return the record id
   */
  public abstract String recordId();

  /**
   * Returns when that meeting ended.
   *
   * @return the meeting end
   */
  public abstract Instant meetingEnd();

  /**
   * Returns who said it: the counterpart of that meeting, as the journal knows them now.
   *
   * @return the person
   */
  public abstract Contact person();

  /**
   * Returns the insight.
   *
   * @return the insight
   */
  public abstract Insight insight();

  /** Returns a short form such as {@code m3 Dana Reyes: "SQL first" [skills]}. */
  @Override
  public String toString() {
    return recordId() + " " + person().name() + ": " + insight();
  }
}
