package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.rules.RuleSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlanGeneratorTests {
  private static Duration discussionTarget(Duration pace, int questions) {
    MeetingPlan plan = PlanGenerator.forSettings(RuleSettings.builder().questionPace(pace).build())
        .forQuestions(Randomness.simplest(), questions);
    return plan.requirePhase(PhaseId.DISCUSSION).timeBox().target();
  }

  @Test
  void theDiscussionHoldsTheQuestionsRoundedUpToWholeSteps() {
    assertThat(discussionTarget(Duration.ofMinutes(2), 7)).isEqualTo(Duration.ofSeconds(840));
    assertThat(discussionTarget(Duration.ofMillis(105_500), 1)).isEqualTo(Duration.ofSeconds(120));
    assertThat(discussionTarget(Duration.ofSeconds(100), 1)).isEqualTo(Duration.ofSeconds(105));
    assertThat(discussionTarget(Duration.ofSeconds(1), 3)).isEqualTo(Duration.ofSeconds(60));
  }
}
