package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.followup.Commitment;
import io.github.twentyminute.followup.CommitmentKind;
import io.github.twentyminute.followup.FollowUp;
import io.github.twentyminute.followup.FollowUpKind;
import io.github.twentyminute.followup.FollowUpPolicy;
import io.github.twentyminute.followup.FollowUpScore;
import io.github.twentyminute.followup.FollowUpScorer;
import io.github.twentyminute.followup.FollowUpWindow;
import io.github.twentyminute.followup.ScoreLine;
import io.github.twentyminute.followup.TaskStatus;
import java.time.Duration;
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

  @Test
  void highestDrawsGiveTheFullestFollowUpDoneOneSecondLate() {
    Randomness highest = (min, max) -> max;

    FollowUp followUp = GENERATOR.followUp(highest);

    assertThat(followUp.meetingEnd()).isEqualTo(Instant.parse("2027-01-01T09:00:00Z"));
    assertThat(followUp.policy().window(FollowUpKind.REPORT_BACK)).isEqualTo(FollowUpWindow.of(
        Duration.ofDays(30), Duration.ofDays(90), 5));
    assertThat(followUp.commitments()).extracting(Commitment::toString).containsExactly(
        "c1 THEIRS ADVICE Priya Nair \"Ask about the analyst opening\" due 2027-02-10T09:00:00Z"
            + " (recorded only)",
        "c2 THEIRS ADVICE Priya Nair \"Ask about the analyst opening\" due 2027-02-10T09:00:00Z"
            + " (recorded only)",
        "c3 THEIRS ADVICE Priya Nair \"Ask about the analyst opening\" due 2027-02-10T09:00:00Z"
            + " (recorded only)",
        "c4 THEIRS ADVICE Priya Nair \"Ask about the analyst opening\" due 2027-02-10T09:00:00Z"
            + " (recorded only)",
        "c5 THEIRS ADVICE Priya Nair \"Ask about the analyst opening\" due 2027-02-10T09:00:00Z"
            + " (recorded only)",
        "c6 THEIRS ADVICE Priya Nair \"Ask about the analyst opening\" due 2027-02-10T09:00:00Z"
            + " (recorded only)");
    assertThat(followUp.completions()).extracting(Object::toString).containsExactly(
        "thank-you-note done 2027-04-01T09:00:01Z", "next-touchpoint done 2027-04-01T09:00:01Z");
    assertThat(GENERATOR.instantFor(followUp, highest))
        .isEqualTo(Instant.parse("2027-04-01T09:00:01Z"));
  }

  @Test
  void middleDrawsGiveReferralsWithoutDueDatesDoneOnTheirIdealDay() {
    Randomness twoThirds = (min, max) -> min + (max - min) * 2 / 3;

    FollowUp followUp = GENERATOR.followUp(twoThirds);

    assertThat(followUp.meetingEnd()).isEqualTo(Instant.parse("2026-09-01T17:00:00Z"));
    assertThat(followUp.policy()).isEqualTo(FollowUpPolicy.standard());
    assertThat(followUp.commitments()).extracting(Commitment::toString).containsExactly(
        "c1 MINE REFERRAL Mia Larsen \"Share notes from the forum\"",
        "c2 MINE REFERRAL Mia Larsen \"Share notes from the forum\"",
        "c3 MINE REFERRAL Mia Larsen \"Share notes from the forum\"",
        "c4 MINE REFERRAL Mia Larsen \"Share notes from the forum\"");
    assertThat(followUp.completions()).extracting(Object::toString).containsExactly(
        "thank-you-note done 2026-09-02T17:00:00Z",
        "deliver-promise:c1 done 2026-09-10T08:53:20Z",
        "deliver-promise:c2 done 2026-09-10T08:53:20Z",
        "deliver-promise:c3 done 2026-09-10T08:53:20Z",
        "deliver-promise:c4 done 2026-09-10T08:53:20Z",
        "next-touchpoint done 2026-10-31T17:00:00Z");
    assertThat(GENERATOR.instantFor(followUp, twoThirds))
        .isEqualTo(Instant.parse("2027-01-12T17:00:00Z"));
    assertThat(GENERATOR.instantFor(GENERATOR.followUp(Randomness.simplest()),
        Randomness.simplest())).isEqualTo(Instant.parse("2025-12-31T09:00:00Z"));
    assertThat(GENERATOR.maxCommitments()).isEqualTo(6);
  }
}
