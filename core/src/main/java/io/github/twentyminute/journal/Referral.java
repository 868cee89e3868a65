package io.github.twentyminute.journal;

import io.github.twentyminute.agenda.Contact;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One edge of the referral graph: a name someone gave you, and the meeting it became, if any.
 *
 * <p>A name became a meeting when the journal holds a meeting with a counterpart of the same
 * {@linkplain Journal#personKey(String) person key} that ended after the name was given (other
 * than the meeting the name was given in); the earliest such meeting is the one it became.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Referral {
  Referral() {}

  static ImmutableReferral.Builder builder() {
    return ImmutableReferral.builder();
  }

  /**
   * Returns who gave the name: the counterpart of the meeting it was given in.
   *
   * @return the giver
   */
  public abstract Contact from();

  /**
   * Returns the name given, as recorded in the referral commitment.
   *
   * @return the person named
   */
  public abstract Contact to();

  /**
   * Returns the id of the meeting record the name was given in.
   *
   * @return the record id
   */
  public abstract String recordId();

  /**
   * Returns the id of the referral commitment in that record's ledger.
   *
   * @return the commitment id
   */
  public abstract String commitmentId();

  /**
   * Returns when the name was given (the commitment's capture time).
   *
   * @return the capture time
   */
  public abstract Instant givenAt();

  /**
   * Returns the id of the meeting record the name became.
   *
   * @return the record id, or empty if you have not met them since
   */
  public abstract Optional<String> becameRecordId();

  /**
   * Checks if the name became a meeting.
   *
   * @return true if {@link #becameRecordId()} is present
   */
  public boolean becameMeeting() {
    return becameRecordId().isPresent();
  }

  /** Returns a short form such as {@code Dana Reyes -> Lee Park (m1/c2, met in m4)}. */
  @Override
  public String toString() {
    return from().name() + " -> " + to().name() + " (" + recordId() + "/" + commitmentId()
        + becameRecordId().map(r -> ", met in " + r).orElse(", not met") + ")";
  }
}
