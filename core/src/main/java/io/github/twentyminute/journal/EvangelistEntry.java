package io.github.twentyminute.journal;

import io.github.twentyminute.agenda.Contact;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A person who is, or is likely to be, an evangelist: your judgement after your latest meeting
 * with them.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvangelistEntry {
  EvangelistEntry() {}

  static ImmutableEvangelistEntry.Builder builder() {
    return ImmutableEvangelistEntry.builder();
  }

  /**
   * Returns the person.
   *
   * @return the person, as of the latest meeting with them
   */
  public abstract Contact person();

  /**
   * Returns the judgement recorded after the latest meeting with them.
   *
   * @return {@link Evangelist#YES} or {@link Evangelist#LIKELY}
   */
  public abstract Evangelist evangelist();

  /**
   * Returns the id of the latest meeting record with them, where the judgement comes from.
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
   * Returns how many names they gave you across all your meetings with them.
   *
   * @return the count, zero or more
   */
  public abstract int namesGiven();

  /** Returns a short form such as {@code Dana Reyes YES (m5), 2 names given}. */
  @Override
  public String toString() {
    return person().name() + " " + evangelist() + " (" + recordId() + "), " + namesGiven()
        + (namesGiven() == 1 ? " name given" : " names given");
  }
}
