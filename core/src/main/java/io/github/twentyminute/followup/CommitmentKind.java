package io.github.twentyminute.followup;

/**
 * What a commitment is. Together with its {@link Party} it decides which follow-up task, if any,
 * the commitment creates; see {@link FollowUp} for the table.
 */
public enum CommitmentKind {
  /** Something the party said they will do or send, such as "I will send you my report". */
  PROMISE,
  /** Something the party offered, such as "I can introduce you to our head of data". */
  OFFER,
  /** A name given: someone else to talk to. The commitment names the person. */
  REFERRAL,
  /** Advice given, such as "take the SQL course first"; you act on it and report back. */
  ADVICE
}
