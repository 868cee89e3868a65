package io.github.twentyminute.followup;

import io.github.twentyminute.internal.Instants;
import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.internal.Ids;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the two-way commitment ledger: what one side promised, offered, gave (a name) or
 * advised, captured during or after the meeting.
 *
 * <p>A commitment may carry its own due time ("I will send it by Friday"), which then replaces
 * the policy's windows for the task it creates. A {@link CommitmentKind#REFERRAL} names the
 * person given; other kinds may name a person they involve ("they offered to introduce me to
 * Lee Park"). An untracked commitment ({@link #tracked()} false) is simply recorded: it creates
 * no task and neither earns nor costs points.
 *
 * <p>Construction refuses a malformed id, blank text, a referral without a person and a due time
 * before the capture time. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Commitment {
  Commitment() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Commitment}; {@code build()} checks the value and refuses an invalid one.
   */
  public static final class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }

  /**
   * Obtains something you promised them.
   *
   * @param id the id, unique in the ledger, such as {@code c1}; not null
   * @param text what you promised, not null, not blank
   * @param capturedAt when it was recorded, not null
   * @return the commitment: yours, a promise
   */
  public static Commitment myPromise(String id, String text, Instant capturedAt) {
    return builder().id(id).owedBy(Party.MINE).kind(CommitmentKind.PROMISE).text(text)
        .capturedAt(capturedAt).build();
  }

  /**
   * Obtains a name they gave you.
   *
   * @param id the id, unique in the ledger; not null
   * @param person the person to contact, not null
   * @param text what to contact them about, such as "how their team hires"; not null, not blank
   * @param capturedAt when it was recorded, not null
   * @return the commitment: theirs, a referral
   */
  public static Commitment referral(String id, Contact person, String text, Instant capturedAt) {
    return builder().id(id).owedBy(Party.THEIRS).kind(CommitmentKind.REFERRAL).person(person)
        .text(text).capturedAt(capturedAt).build();
  }

  /**
   * Obtains something they offered you.
   *
   * @param id the id, unique in the ledger; not null
   * @param text what they offered, not null, not blank
   * @param capturedAt when it was recorded, not null
   * @return the commitment: theirs, an offer
   */
  public static Commitment theirOffer(String id, String text, Instant capturedAt) {
    return builder().id(id).owedBy(Party.THEIRS).kind(CommitmentKind.OFFER).text(text)
        .capturedAt(capturedAt).build();
  }

  /**
   * Obtains advice they gave you, to act on and report back about.
   *
   * @param id the id, unique in the ledger; not null
   * @param text the advice, not null, not blank
   * @param capturedAt when it was recorded, not null
   * @return the commitment: theirs, advice
   */
  public static Commitment advice(String id, String text, Instant capturedAt) {
    return builder().id(id).owedBy(Party.THEIRS).kind(CommitmentKind.ADVICE).text(text)
        .capturedAt(capturedAt).build();
  }

  /**
   * Returns the id, unique in its ledger; the task the commitment creates is named after it.
   *
   * @return the id, in the grammar of every id: 1 to 64 ASCII letters, digits, {@code .},
   *     {@code _} or {@code -}, starting with a letter or digit
   */
  public abstract String id();

  /**
   * Returns whose commitment it is.
   *
   * @return the party
   */
  public abstract Party owedBy();

  /**
   * Returns what the commitment is.
   *
   * @return the kind
   */
  public abstract CommitmentKind kind();

  /**
   * Returns what was promised, offered or advised, or what to contact the person about.
   *
   * @return the text, never blank
   */
  public abstract String text();

  /**
   * Returns the person the commitment is about: the name given for a referral, or the person an
   * offer or promise involves.
   *
   * @return the person; always present for a {@link CommitmentKind#REFERRAL}
   */
  public abstract Optional<Contact> person();

  /**
   * Returns the commitment's own due time, when one was agreed.
   *
   * @return the due time, or empty to use the policy's windows
   */
  public abstract Optional<Instant> dueBy();

  /**
   * Returns when the commitment was recorded.
   *
   * @return the capture time
   */
  public abstract Instant capturedAt();

  /**
   * Checks if the commitment is tracked as a follow-up task, when its kind and party create one.
   *
   * @return true to track it; false to simply record it; true unless set otherwise
   */
  @Value.Default
  public boolean tracked() {
    return true;
  }

  /**
   * Returns a copy of this commitment with its own due time.
   *
   * @param dueBy the due time, not null, not before the capture time
   * @return the copy
   * @throws IllegalArgumentException if the due time is before the capture time
   */
  public Commitment withDueBy(Instant dueBy) {
    return Commitment.builder().from(this).dueBy(dueBy).build();
  }

  @Value.Check
  final void check() {
    Ids.require(id(), "commitment id");
    Instants.requireInRange(capturedAt(), "commitment " + id() + " captured at");
    dueBy().ifPresent(due -> Instants.requireInRange(due, "commitment " + id() + " due by"));
    if (text().isBlank()) {
      throw new IllegalArgumentException("commitment " + id() + " text must not be blank");
    }
    if (kind() == CommitmentKind.REFERRAL && person().isEmpty()) {
      throw new IllegalArgumentException(
          "commitment " + id() + " is a REFERRAL but names no person; set person(..) to the"
              + " name given");
    }
    if (dueBy().isPresent() && dueBy().get().isBefore(capturedAt())) {
      throw new IllegalArgumentException(
          "commitment " + id() + " is due by " + dueBy().get() + ", before it was captured at "
              + capturedAt());
    }
  }

  /** Returns a short form such as {@code c1 MINE PROMISE "Send the report"}. */
  @Override
  public String toString() {
    return id() + " " + owedBy() + " " + kind() + person().map(p -> " " + p).orElse("")
        + " \"" + text() + "\"" + dueBy().map(d -> " due " + d).orElse("")
        + (tracked() ? "" : " (recorded only)");
  }
}
