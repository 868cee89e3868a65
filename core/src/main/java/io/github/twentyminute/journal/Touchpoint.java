package io.github.twentyminute.journal;

import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.followup.FollowUpWindow;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When to get back in touch with one person: the next-touchpoint window counted from the latest
 * interaction with them.
 *
 * <p>The latest interaction is the later of the latest meeting's end and the latest follow-up
 * task done for any meeting with them (a thank-you note, a promise delivered, an offer taken up,
 * a report back, a touchpoint), as known at the summary's instant. Contacting a name they gave
 * you is an interaction with that other person, so it does not count. Each new interaction
 * restarts the windows. The window is the {@link io.github.twentyminute.followup.FollowUpKind#NEXT_TOUCHPOINT}
 * window of the follow-up policy of the latest meeting with them.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Touchpoint {
  Touchpoint() {}

  static ImmutableTouchpoint.Builder builder() {
    return ImmutableTouchpoint.builder();
  }

  /**
   * Returns the person.
   *
   * @return the person, as of the latest meeting with them
   */
  public abstract Contact person();

  /**
   * Returns when you last interacted with them.
   *
   * @return the latest interaction
   */
  public abstract Instant latestInteraction();

  /**
   * Returns the id of the meeting record the latest interaction belongs to.
   *
   * @return the record id
   */
  public abstract String recordId();

  /**
   * Returns the follow-up task whose completion was the latest interaction.
   *
   * @return the task id, or empty when the latest interaction was the meeting itself
   */
  public abstract Optional<String> taskId();

  /**
   * Returns the next-touchpoint window used.
   *
   * @return the window
   */
  public abstract FollowUpWindow window();

  /**
   * Returns the status at the summary's instant.
   *
   * @return the status
   */
  public abstract TouchpointStatus status();

  /**
   * Returns when the ideal window ends: the latest interaction plus the window's ideal.
   *
   * @return the ideal due
   */
  public Instant idealDue() {
    return latestInteraction().plus(window().ideal());
  }

  /**
   * Returns when the maximum window ends: the latest interaction plus the window's maximum.
   *
   * @return the maximum due
   */
  public Instant maximumDue() {
    return latestInteraction().plus(window().maximum());
  }

  /**
   * Returns the deadline that matters next: the ideal due while upcoming, the maximum due once
   * due or overdue.
   *
   * @return the deadline
   */
  public Instant deadline() {
    return status() == TouchpointStatus.UPCOMING ? idealDue() : maximumDue();
  }

  /**
   * Checks if the touchpoint is due or overdue.
   *
   * @return true unless upcoming
   */
  public boolean isDue() {
    return status() != TouchpointStatus.UPCOMING;
  }

  /**
   * Returns the status of a touchpoint at an instant: upcoming before the ideal due, due from
   * the ideal due up to and including the maximum due, overdue after it.
   *
   * @param latestInteraction the latest interaction, not null
   * @param window the window, not null
   * @param asOf the instant, not null
   * @return the status
   */
  public static TouchpointStatus statusAt(Instant latestInteraction, FollowUpWindow window,
      Instant asOf) {
    if (asOf.isBefore(latestInteraction.plus(window.ideal()))) {
      return TouchpointStatus.UPCOMING;
    }
    return asOf.isAfter(latestInteraction.plus(window.maximum()))
        ? TouchpointStatus.OVERDUE : TouchpointStatus.DUE;
  }

  /** Returns a short form such as {@code Dana Reyes DUE since 2026-05-09T15:20:00Z (m5)}. */
  @Override
  public String toString() {
    return person().name() + " " + status() + ", last " + latestInteraction() + " ("
        + recordId() + taskId().map(t -> " " + t).orElse("") + "), ideal " + idealDue()
        + ", maximum " + maximumDue();
  }
}
