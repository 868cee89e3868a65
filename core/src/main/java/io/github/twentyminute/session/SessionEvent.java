package io.github.twentyminute.session;

import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.internal.Instants;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened in a live meeting, at an instant: the meeting started, a phase was
 * entered, an item was covered or skipped, a cue was done, the meeting was paused, resumed or
 * ended, or an earlier event was re-timed.
 *
 * <p>A {@link MeetingSession} is the agenda plus the list of its events; every view of the
 * meeting (pacing, timeline) is computed from that list, so the list is all an application needs
 * to store. {@link #at()} is when the event was recorded; events are recorded in time order.
 *
 * <h2>Correcting the clock</h2>
 * People forget to tap. A {@link ClockCorrected} event says "event number {@code eventIndex} in
 * this session's log really happened at {@code correctedTo}": for a start tapped two minutes late,
 * correct event 0 to the real start; for a phase change tapped late, correct that
 * {@link PhaseEntered} event. The corrected instant must keep the log in order (not before the
 * event before it, not after the event after it, and not after the correction itself), and only
 * the newest correction of an event counts. The log itself is never rewritten: the correction is
 * an event of its own, so replaying the log gives the same session.
 *
 * <p>All events are immutable and thread-safe. Their {@code toString} is for people, such as
 * {@code PhaseEntered overview at 2026-03-10T15:02:00Z}.
 */
public sealed interface SessionEvent
    permits SessionEvent.Started,
        SessionEvent.PhaseEntered,
        SessionEvent.ItemCovered,
        SessionEvent.ItemSkipped,
        SessionEvent.CueDone,
        SessionEvent.Paused,
        SessionEvent.Resumed,
        SessionEvent.Ended,
        SessionEvent.ClockCorrected {

  /**
   * Returns when the event was recorded.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Obtains a {@link Started} event.
   *
   * @param at when the meeting started, not null
   * @return the event
   */
  static Started started(Instant at) {
    return new Started(at);
  }

  /**
   * Obtains a {@link PhaseEntered} event.
   *
   * @param at when the phase began, not null
   * @param phase the phase, not null
   * @return the event
   */
  static PhaseEntered phaseEntered(Instant at, PhaseId phase) {
    return new PhaseEntered(at, phase);
  }

  /**
   * Obtains an {@link ItemCovered} event.
   *
   * @param at when the item was finished, not null
   * @param itemId the agenda item id, not null
   * @return the event
   */
  static ItemCovered itemCovered(Instant at, String itemId) {
    return new ItemCovered(at, itemId);
  }

  /**
   * Obtains an {@link ItemSkipped} event.
   *
   * @param at when the item was given up, not null
   * @param itemId the agenda item id, not null
   * @return the event
   */
  static ItemSkipped itemSkipped(Instant at, String itemId) {
    return new ItemSkipped(at, itemId);
  }

  /**
   * Obtains a {@link CueDone} event.
   *
   * @param at when the cue was done, not null
   * @param cueId the plan's cue id, such as {@code ending.ask-for-names}; not null
   * @return the event
   */
  static CueDone cueDone(Instant at, String cueId) {
    return new CueDone(at, cueId);
  }

  /**
   * Obtains a {@link Paused} event.
   *
   * @param at when the meeting was paused, not null
   * @return the event
   */
  static Paused paused(Instant at) {
    return new Paused(at);
  }

  /**
   * Obtains a {@link Resumed} event.
   *
   * @param at when the meeting went on, not null
   * @return the event
   */
  static Resumed resumed(Instant at) {
    return new Resumed(at);
  }

  /**
   * Obtains an {@link Ended} event.
   *
   * @param at when the meeting ended, not null
   * @return the event
   */
  static Ended ended(Instant at) {
    return new Ended(at);
  }

  /**
   * Obtains a {@link ClockCorrected} event.
   *
   * @param at when the correction was made, not null
   * @param eventIndex the zero-based position in the log of the event to re-time
   * @param correctedTo when that event really happened, not null
   * @return the event
   */
  static ClockCorrected clockCorrected(Instant at, int eventIndex, Instant correctedTo) {
    return new ClockCorrected(at, eventIndex, correctedTo);
  }

  /**
   * The meeting started; it is in the plan's first phase from this instant.
   *
   * @param at when the meeting started, not null
   */
  record Started(Instant at) implements SessionEvent {
    /**
     * Obtains the event.
     *
     * @param at when the meeting started, not null
     */
    public Started {
      Objects.requireNonNull(at, "at");
      Instants.requireInRange(at, "event at");
    }

    @Override
    public String toString() {
      return "Started at " + at;
    }
  }

  /**
   * The meeting moved on to a later phase of the plan; phases may be skipped, never revisited.
   *
   * @param at when the phase began, not null
   * @param phase the phase, not null
   */
  record PhaseEntered(Instant at, PhaseId phase) implements SessionEvent {
    /**
     * Obtains the event.
     *
     * @param at when the phase began, not null
     * @param phase the phase, not null
     */
    public PhaseEntered {
      Objects.requireNonNull(at, "at");
      Instants.requireInRange(at, "event at");
      Objects.requireNonNull(phase, "phase");
    }

    @Override
    public String toString() {
      return "PhaseEntered " + phase + " at " + at;
    }
  }

  /**
   * An item of the current phase was covered; the time since the phase began or since the
   * phase's previous covered item counts as the item's actual time. Covering an item that places
   * a plan cue also marks that cue done.
   *
   * @param at when the item was finished, not null
   * @param itemId the agenda item id, not null
   */
  record ItemCovered(Instant at, String itemId) implements SessionEvent {
    /**
     * Obtains the event.
     *
     * @param at when the item was finished, not null
     * @param itemId the agenda item id, not null
     */
    public ItemCovered {
      Objects.requireNonNull(at, "at");
      Instants.requireInRange(at, "event at");
      Objects.requireNonNull(itemId, "itemId");
    }

    @Override
    public String toString() {
      return "ItemCovered " + itemId + " at " + at;
    }
  }

  /**
   * An item of the current phase was given up; it takes no time.
   *
   * @param at when the item was given up, not null
   * @param itemId the agenda item id, not null
   */
  record ItemSkipped(Instant at, String itemId) implements SessionEvent {
    /**
     * Obtains the event.
     *
     * @param at when the item was given up, not null
     * @param itemId the agenda item id, not null
     */
    public ItemSkipped {
      Objects.requireNonNull(at, "at");
      Instants.requireInRange(at, "event at");
      Objects.requireNonNull(itemId, "itemId");
    }

    @Override
    public String toString() {
      return "ItemSkipped " + itemId + " at " + at;
    }
  }

  /**
   * A cue of the plan was done, in any phase.
   *
   * @param at when the cue was done, not null
   * @param cueId the plan's cue id, not null
   */
  record CueDone(Instant at, String cueId) implements SessionEvent {
    /**
     * Obtains the event.
     *
     * @param at when the cue was done, not null
     * @param cueId the plan's cue id, not null
     */
    public CueDone {
      Objects.requireNonNull(at, "at");
      Instants.requireInRange(at, "event at");
      Objects.requireNonNull(cueId, "cueId");
    }

    @Override
    public String toString() {
      return "CueDone " + cueId + " at " + at;
    }
  }

  /**
   * The meeting was interrupted; paused time counts neither as elapsed nor against the budget.
   * While paused, only {@link Resumed}, {@link Ended} and {@link ClockCorrected} are accepted.
   *
   * @param at when the meeting was paused, not null
   */
  record Paused(Instant at) implements SessionEvent {
    /**
     * Obtains the event.
     *
     * @param at when the meeting was paused, not null
     */
    public Paused {
      Objects.requireNonNull(at, "at");
      Instants.requireInRange(at, "event at");
    }

    @Override
    public String toString() {
      return "Paused at " + at;
    }
  }

  /**
   * The meeting went on after a pause.
   *
   * @param at when the meeting went on, not null
   */
  record Resumed(Instant at) implements SessionEvent {
    /**
     * Obtains the event.
     *
     * @param at when the meeting went on, not null
     */
    public Resumed {
      Objects.requireNonNull(at, "at");
      Instants.requireInRange(at, "event at");
    }

    @Override
    public String toString() {
      return "Resumed at " + at;
    }
  }

  /**
   * The meeting ended; afterwards only {@link ClockCorrected} is accepted.
   *
   * @param at when the meeting ended, not null
   */
  record Ended(Instant at) implements SessionEvent {
    /**
     * Obtains the event.
     *
     * @param at when the meeting ended, not null
     */
    public Ended {
      Objects.requireNonNull(at, "at");
      Instants.requireInRange(at, "event at");
    }

    @Override
    public String toString() {
      return "Ended at " + at;
    }
  }

  /**
   * An earlier event of the log really happened at another instant: a late start or a forgotten
   * tap. See the interface documentation for the rules.
   *
   * @param at when the correction was made, not null
   * @param eventIndex the zero-based position in the log of the event to re-time; it must not be
   *     a correction itself
   * @param correctedTo when that event really happened, not null, not after {@code at}
   */
  record ClockCorrected(Instant at, int eventIndex, Instant correctedTo) implements SessionEvent {
    /**
     * Obtains the event.
     *
     * @param at when the correction was made, not null
     * @param eventIndex the position of the event to re-time, zero or more
     * @param correctedTo when that event really happened, not null
     * @throws IllegalArgumentException if the index is negative or {@code correctedTo} is after
     *     {@code at}
     */
    public ClockCorrected {
      Objects.requireNonNull(at, "at");
      Instants.requireInRange(at, "event at");
      Objects.requireNonNull(correctedTo, "correctedTo");
      Instants.requireInRange(correctedTo, "event corrected to");
      if (eventIndex < 0) {
        throw new IllegalArgumentException(
            "clock correction event index must be 0 or more, but was " + eventIndex);
      }
      if (correctedTo.isAfter(at)) {
        throw new IllegalArgumentException(
            "clock correction made at " + at + " cannot move event " + eventIndex + " to "
                + correctedTo + ", which is later than the correction itself");
      }
    }

    @Override
    public String toString() {
      return "ClockCorrected event " + eventIndex + " to " + correctedTo + " at " + at;
    }
  }
}
