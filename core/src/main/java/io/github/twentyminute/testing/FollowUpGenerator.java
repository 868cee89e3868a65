package io.github.twentyminute.testing;

import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.CommitmentKind;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpKind;
import io.github.twentyminute.followup.FollowUpPolicy;
import io.github.twentyminute.followup.FollowUpTask;
import io.github.twentyminute.followup.FollowUpWindow;
import io.github.twentyminute.followup.Party;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Generates follow-ups, and instants to score them at, for property tests.
 *
 * <p>A follow-up has a meeting end within a year of 2026-01-01, up to
 * {@link #maxCommitments()} commitments of every kind and party (some with their own due time,
 * some untracked, some recorded after the meeting), and completions for some of its tasks. A
 * third of the time its policy has random windows and weights instead of the standard ones.
 * Completion times and {@linkplain #instantFor instants} fall exactly on a task's ideal or
 * maximum due, or one second either side, as often as anywhere else, so the window edges are
 * tried on every run. Smaller random numbers give simpler follow-ups: the standard policy, fewer
 * commitments, fewer tasks done.
 *
 * <p>Every random choice is drawn from the {@link Randomness} passed in, so the same numbers
 * always give an equal follow-up. Instances are immutable and thread-safe.
 */
public final class FollowUpGenerator {
  /** The earliest meeting end generated. */
  public static final Instant EPOCH = Instant.parse("2026-01-01T09:00:00Z");
  private static final int DAY = 86_400;
  private static final List<String> NAMES =
      List.of("Lee Park", "Ana Ruiz", "Kofi Mensah", "Mia Larsen", "Omar Haddad", "Priya Nair");
  private static final List<String> TEXTS = List.of("Send the claims-delay report",
      "Introduce me to their head of data", "Take the SQL course first",
      "Share notes from the forum", "Review my CV", "Ask about the analyst opening");
  private static final FollowUpGenerator STANDARD = new FollowUpGenerator(6);

  private final int maxCommitments;

  private FollowUpGenerator(int maxCommitments) {
    this.maxCommitments = maxCommitments;
  }

  /**
   * Returns the standard generator: up to six commitments.
   *
   * @return the generator
   */
  public static FollowUpGenerator standard() {
    return STANDARD;
  }

  /**
   * Returns a generator of follow-ups with up to a given number of commitments.
   *
   * @param maxCommitments the most commitments, zero or positive
   * @return the generator
   * @throws IllegalArgumentException if the number is negative
   */
  public static FollowUpGenerator withMaxCommitments(int maxCommitments) {
    if (maxCommitments < 0) {
      throw new IllegalArgumentException(
          "max commitments must be zero or positive, but was " + maxCommitments);
    }
    return new FollowUpGenerator(maxCommitments);
  }

  /**
   * Returns the most commitments a generated follow-up has.
   *
   * @return the number
   */
  public int maxCommitments() {
    return maxCommitments;
  }

  /**
   * Generates a follow-up.
   *
   * @param randomness the source of every choice, not null
   * @return the follow-up
   */
  public FollowUp followUp(Randomness randomness) {
    Objects.requireNonNull(randomness, "randomness");
    Instant end = EPOCH.plusSeconds(randomness.between(0, 365 * DAY));
    FollowUpPolicy policy = randomness.chance(33) ? policy(randomness) : FollowUpPolicy.standard();
    FollowUp followUp = FollowUp.builder().meetingEnd(end).policy(policy).build();
    int commitments = randomness.between(0, maxCommitments);
    for (int i = 0; i < commitments; i++) {
      followUp = followUp.withCommitment(commitment(randomness, "c" + (i + 1), end));
    }
    for (FollowUpTask task : followUp.tasks()) {
      int mode = randomness.between(0, 3);
      if (mode == 1) {
        followUp = followUp.markDone(task.id(),
            end.plusSeconds(randomness.between(-3600, 150 * DAY)));
      } else if (mode > 1) {
        Instant edge = mode == 2 ? task.idealDue() : task.maximumDue();
        followUp = followUp.markDone(task.id(), edge.plusSeconds(randomness.between(-1, 1)));
      }
    }
    return followUp;
  }

  /**
   * Generates an instant to score a follow-up at: half the time exactly on one of its tasks'
   * ideal or maximum due, or one second either side; otherwise anywhere from a day before the
   * meeting's end to 200 days after.
   *
   * @param followUp the follow-up, not null
   * @param randomness the source of every choice, not null
   * @return the instant
   */
  public Instant instantFor(FollowUp followUp, Randomness randomness) {
    Objects.requireNonNull(followUp, "followUp");
    Objects.requireNonNull(randomness, "randomness");
    if (randomness.nextBoolean()) {
      FollowUpTask task = randomness.oneOf(followUp.tasks());
      Instant edge = randomness.nextBoolean() ? task.maximumDue() : task.idealDue();
      return edge.plusSeconds(randomness.between(-1, 1));
    }
    return followUp.meetingEnd().plusSeconds(randomness.between(-DAY, 200 * DAY));
  }

  /**
   * Generates a follow-up policy with random windows (ideal up to 30 days, maximum up to 60 days
   * past the ideal) and weights (1 to 5).
   *
   * @param randomness the source of every choice, not null
   * @return the policy
   */
  public FollowUpPolicy policy(Randomness randomness) {
    Objects.requireNonNull(randomness, "randomness");
    FollowUpPolicy policy = FollowUpPolicy.standard();
    for (FollowUpKind kind : FollowUpKind.values()) {
      Duration ideal = Duration.ofSeconds(randomness.between(0, 30 * DAY));
      Duration maximum = ideal.plusSeconds(randomness.between(0, 60 * DAY));
      policy = policy.withWindow(kind, FollowUpWindow.of(ideal, maximum,
          randomness.between(1, 5)));
    }
    return policy;
  }

  /**
   * Generates a commitment recorded between 20 minutes before a meeting's end and 10 days after.
   *
   * @param randomness the source of every choice, not null
   * @param id the commitment id, not null
   * @param meetingEnd the meeting's end, not null
   * @return the commitment
   */
  public Commitment commitment(Randomness randomness, String id, Instant meetingEnd) {
    Objects.requireNonNull(randomness, "randomness");
    Objects.requireNonNull(meetingEnd, "meetingEnd");
    CommitmentKind kind = randomness.oneOf(List.of(CommitmentKind.values()));
    Party party = randomness.oneOf(List.of(Party.values()));
    Instant captured = meetingEnd.plusSeconds(randomness.between(-1200, 10 * DAY));
    var commitment = Commitment.builder().id(id).kind(kind).owedBy(party)
        .text(randomness.oneOf(TEXTS)).capturedAt(captured).tracked(!randomness.chance(20));
    if (kind == CommitmentKind.REFERRAL || randomness.chance(25)) {
      commitment.person(Contact.named(randomness.oneOf(NAMES)));
    }
    if (randomness.chance(33)) {
      commitment.dueBy(captured.plusSeconds(randomness.between(0, 30 * DAY)));
    }
    return commitment.build();
  }
}
