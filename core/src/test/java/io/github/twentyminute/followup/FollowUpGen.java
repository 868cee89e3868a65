package io.github.twentyminute.followup;

import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.testing.AgendaGenerator;
import io.github.twentyminute.testing.FollowUpGenerator;
import io.github.twentyminute.testing.Randomness;
import java.time.Instant;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of follow-ups and of instants around them, driving the library's own
 * {@link FollowUpGenerator} through QuickTheories' randomness source, so QuickTheories records
 * and shrinks every choice.
 */
final class FollowUpGen {
  private static final FollowUpGenerator GENERATOR = FollowUpGenerator.standard();

  private FollowUpGen() {}

  /** Generates a follow-up, a task of it and two instants near its window edges. */
  static Gen<Case> cases() {
    return in -> {
      Randomness randomness = randomness(in);
      FollowUp followUp = GENERATOR.followUp(randomness);
      String taskId = randomness.oneOf(followUp.tasks()).id();
      return new Case(followUp, taskId, GENERATOR.instantFor(followUp, randomness),
          GENERATOR.instantFor(followUp, randomness));
    };
  }

  /** Generates an agenda, valid or with any defect, to score its preparation. */
  static Gen<Agenda> agendas() {
    return in -> AgendaGenerator.standard().any(randomness(in));
  }

  private static Randomness randomness(RandomnessSource in) {
    return (min, max) -> {
      if (max < min) {
        throw new IllegalArgumentException(
            "range upper bound (" + max + ") is below its lower bound (" + min + ")");
      }
      return (int) in.next(Constraint.between(min, max).withShrinkPoint(min));
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
}
