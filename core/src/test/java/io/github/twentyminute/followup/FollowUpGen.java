package io.github.twentyminute.followup;

import io.github.twentyminute.agenda.Contact;
import io.github.twentyminute.plan.FollowUpKind;
import io.github.twentyminute.plan.FollowUpPolicy;
import io.github.twentyminute.plan.FollowUpWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of follow-ups and of instants around them. Every choice is drawn
 * through {@link Draw}, so QuickTheories records and shrinks it; instants are drawn near the
 * tasks' window edges (exactly at an ideal or maximum due, one second either side) as often as
 * uniformly.
 */
final class FollowUpGen {
  /** The earliest meeting end drawn. */
  static final Instant EPOCH = Instant.parse("2026-01-01T09:00:00Z");
  private static final long DAY = Duration.ofDays(1).getSeconds();

  /** One random choice: a long from lo to hi, both included. */
  @FunctionalInterface
  interface Draw {
    long between(long lo, long hi);
  }

  private FollowUpGen() {}

  /** Generates follow-ups with up to six commitments and random completions. */
  static Gen<FollowUp> followUps() {
    return in -> followUp(draw(in));
  }

  /**
   * Generates an instant for a follow-up: near one of its tasks' edges, or anywhere from a day
   * before the meeting's end to 200 days after.
   */
  static Instant instantFor(FollowUp followUp, Draw draw) {
    if (draw.between(0, 1) == 0) {
      List<FollowUpTask> tasks = followUp.tasks();
      FollowUpTask task = tasks.get((int) draw.between(0, tasks.size() - 1));
      Instant edge = draw.between(0, 1) == 0 ? task.idealDue() : task.maximumDue();
      return edge.plusSeconds(draw.between(-1, 1));
    }
    return followUp.meetingEnd().plusSeconds(draw.between(-DAY, 200 * DAY));
  }

  /** Adapts a QuickTheories randomness source. */
  static Draw draw(org.quicktheories.core.RandomnessSource in) {
    return (lo, hi) -> in.next(Constraint.between(lo, hi));
  }

  /** Generates a follow-up, a task of it and two instants. */
  static Gen<Case> cases() {
    return in -> {
      Draw draw = draw(in);
      FollowUp followUp = followUp(draw);
      List<FollowUpTask> tasks = followUp.tasks();
      FollowUpTask task = tasks.get((int) draw.between(0, tasks.size() - 1));
      return new Case(followUp, task.id(), instantFor(followUp, draw),
          instantFor(followUp, draw));
    };
  }

  /** A follow-up, the id of one of its tasks, and two instants in no particular order. */
  static final class Case {
    final FollowUp followUp;
    final String taskId;
    final Instant first;
    final Instant second;

    Case(FollowUp followUp, String taskId, Instant first, Instant second) {
      this.followUp = followUp;
      this.taskId = taskId;
      this.first = first;
      this.second = second;
    }

    Instant earlier() {
      return first.isBefore(second) ? first : second;
    }

    Instant later() {
      return first.isBefore(second) ? second : first;
    }

    @Override
    public String toString() {
      return followUp + " " + followUp.commitments() + " " + followUp.completions() + " task "
          + taskId + " instants " + first + ", " + second;
    }
  }

  static FollowUp followUp(Draw draw) {
    Instant end = EPOCH.plusSeconds(draw.between(0, 365 * DAY));
    FollowUpPolicy policy = draw.between(0, 2) == 0 ? policy(draw) : FollowUpPolicy.standard();
    ImmutableFollowUp.Builder builder = FollowUp.builder().meetingEnd(end).policy(policy);
    int commitments = (int) draw.between(0, 6);
    for (int i = 0; i < commitments; i++) {
      builder.addCommitment(commitment(draw, "c" + i, end));
    }
    FollowUp followUp = builder.build();
    for (FollowUpTask task : followUp.tasks()) {
      long mode = draw.between(0, 3);
      if (mode == 1) {
        followUp = followUp.markDone(task.id(), end.plusSeconds(draw.between(-3600, 150 * DAY)));
      } else if (mode >= 2) {
        Instant edge = mode == 2 ? task.idealDue() : task.maximumDue();
        followUp = followUp.markDone(task.id(), edge.plusSeconds(draw.between(-1, 1)));
      }
    }
    return followUp;
  }

  private static FollowUpPolicy policy(Draw draw) {
    FollowUpPolicy policy = FollowUpPolicy.standard();
    for (FollowUpKind kind : FollowUpKind.values()) {
      Duration ideal = Duration.ofSeconds(draw.between(0, 30 * DAY));
      Duration maximum = ideal.plusSeconds(draw.between(0, 60 * DAY));
      policy = policy.withWindow(kind,
          FollowUpWindow.of(ideal, maximum, (int) draw.between(1, 5)));
    }
    return policy;
  }

  private static Commitment commitment(Draw draw, String id, Instant end) {
    CommitmentKind kind = CommitmentKind.values()[(int) draw.between(0, 3)];
    Party party = Party.values()[(int) draw.between(0, 1)];
    Instant captured = end.plusSeconds(draw.between(-1200, 10 * DAY));
    ImmutableCommitment.Builder commitment = Commitment.builder().id(id).kind(kind).owedBy(party)
        .text("commitment " + id).capturedAt(captured).tracked(draw.between(0, 4) > 0);
    if (kind == CommitmentKind.REFERRAL || draw.between(0, 3) == 0) {
      commitment.person(Contact.named("Person " + id));
    }
    if (draw.between(0, 2) == 0) {
      commitment.dueBy(captured.plusSeconds(draw.between(0, 30 * DAY)));
    }
    return commitment.build();
  }
}
