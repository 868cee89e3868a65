package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.followup.CommitmentKind;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpScore;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.followup.ScoreLine;
import io.github.twentyminute.followup.TaskStatus;
import io.github.twentyminute.plan.FollowUpPolicy;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowUpGeneratorTests {
  private static final FollowUpGenerator GENERATOR = FollowUpGenerator.standard();

  @Test
  void simplestFollowUpHasNoCommitmentsAndNothingDone() {
    FollowUp simplest = GENERATOR.followUp(Randomness.simplest());

    assertThat(simplest.meetingEnd()).isEqualTo(FollowUpGenerator.EPOCH);
    assertThat(simplest.policy()).isEqualTo(FollowUpPolicy.standard());
    assertThat(simplest.commitments()).isEmpty();
    assertThat(simplest.completions()).isEmpty();
  }

  @Test
  void sameSeedGivesAnEqualFollowUp() {
    FollowUp one = GENERATOR.followUp(Randomness.seeded(42));
    FollowUp two = GENERATOR.followUp(Randomness.seeded(42));

    assertThat(one).isEqualTo(two);
    assertThat(one.completions()).isEqualTo(two.completions());
  }

  @Test
  void manySeedsReachEveryStatusAndEveryKindOfCommitment() {
    Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
    Set<CommitmentKind> kinds = EnumSet.noneOf(CommitmentKind.class);
    int randomPolicies = 0;
    int edges = 0;
    Randomness randomness = Randomness.seeded(7);
    for (int i = 0; i < 500; i++) {
      FollowUp followUp = GENERATOR.followUp(randomness);
      Instant asOf = GENERATOR.instantFor(followUp, randomness);
      FollowUpScore score = FollowUpScorer.standard().score(followUp, asOf);
      for (ScoreLine line : score.lines()) {
        statuses.add(line.status());
        if (line.doneAt().filter(d -> d.equals(line.task().idealDue())
            || d.equals(line.task().maximumDue())).isPresent()) {
          edges++;
        }
      }
      followUp.commitments().forEach(c -> kinds.add(c.kind()));
      if (!followUp.policy().equals(FollowUpPolicy.standard())) {
        randomPolicies++;
      }
      assertThat(followUp.commitments().size()).isBetween(0, 6);
    }
    assertThat(statuses).containsExactlyInAnyOrder(TaskStatus.values());
    assertThat(kinds).containsExactlyInAnyOrder(CommitmentKind.values());
    assertThat(randomPolicies).isBetween(100, 250);
    assertThat(edges).isGreaterThan(100);
  }

  @Test
  void maxCommitmentsBoundsTheLedger() {
    FollowUpGenerator none = FollowUpGenerator.withMaxCommitments(0);
    Randomness randomness = Randomness.seeded(3);
    for (int i = 0; i < 50; i++) {
      assertThat(none.followUp(randomness).commitments()).isEmpty();
    }
    assertThat(none.maxCommitments()).isZero();
    assertThatThrownBy(() -> FollowUpGenerator.withMaxCommitments(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max commitments must be zero or positive, but was -1");
  }
}
