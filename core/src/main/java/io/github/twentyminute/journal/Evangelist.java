package io.github.twentyminute.journal;

/**
 * Whether the person you met left the meeting as an evangelist: someone who will speak for you,
 * pass your name on and help later, which the book names as the meeting's lasting outcome.
 *
 * <p>Your own judgement after the meeting, recorded on the {@link MeetingRecord}.
 */
public enum Evangelist {
  /** They said or showed that they will help: passed your name on, offered introductions. */
  YES,
  /** They were warm and engaged, and probably will help when asked. */
  LIKELY,
  /** Not an evangelist, or not yet known. */
  NO
}
