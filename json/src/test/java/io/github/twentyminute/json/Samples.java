package io.github.twentyminute.json;

import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.PhasePlan;
import io.github.twentyminute.plan.TimeBox;
import io.github.twentyminute.rules.ValidationReport;
import java.time.Duration;

/** Fixed documents for golden files and bad-input tests. */
final class Samples {
  private Samples() {}

  /** Returns a plan with every feasibility finding but the empty one: an unworkable plan. */
  static MeetingPlan overfullPlan() {
    return MeetingPlan.builder()
        .name("Over-full panel visit")
        .budget(Duration.ofMinutes(20))
        .hardCeiling(Duration.ofMinutes(15))
        .addPhase(MeetingPlans.introduction(TimeBox.ofMinutes(2, 3, 4)))
        .addPhase(PhasePlan.builder().id(PhaseId.of("panel-questions")).title("Panel questions")
            .timeBox(TimeBox.ofMinutes(18, 20, 25)).absorbsOverruns(true).required(false)
            .build())
        .addPhase(MeetingPlans.ending(TimeBox.ofMinutes(2, 2, 3)))
        .addGroupLimit(io.github.twentyminute.plan.GroupLimit.of(Duration.ofSeconds(150),
            PhaseId.INTRODUCTION))
        .build();
  }

  /** Returns the feasibility report of {@link #overfullPlan()}: errors and warnings. */
  static ValidationReport overfullReport() {
    return overfullPlan().feasibility();
  }
}
