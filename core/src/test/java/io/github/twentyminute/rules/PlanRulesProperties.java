package io.github.twentyminute.rules;

import static io.github.twentyminute.plan.PlanGenerators.phaseBoxes;
import static io.github.twentyminute.plan.PlanGenerators.plan;
import static io.github.twentyminute.plan.PlanGenerators.totalMinimum;
import static io.github.twentyminute.plan.PlanGenerators.totalTarget;
import static io.github.twentyminute.plan.PlanGenerators.wholeSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.internal.Durations;
import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.TimeBox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plan's own rules: plans whose minimums fit the budget, under a ceiling at least the budget, are feasible; one
 * minimum raised past the budget gives exactly the {@code plan.minimums} error.
 */
class PlanRulesProperties {
  private static final RuleSet PLAN_RULES = RuleSet.standard();
  /** A positive budget at least the boxes' minimums: their sum plus some slack. */
  private static Duration budget(List<TimeBox> boxes, Duration slack) {
    Duration budget = totalMinimum(boxes).plus(slack);
    return budget.isZero() ? Duration.ofSeconds(1) : budget;
  }

  @Test
  void minimumsWithinTheBudgetAndABudgetWithinTheCeilingGiveNoError() {
    qt().forAll(phaseBoxes(), wholeSeconds(60 * 60), wholeSeconds(60 * 60))
        .checkAssert((boxes, slack, grace) -> {
          Duration budget = budget(boxes, slack);
          MeetingPlan plan = plan(boxes, budget, budget.plus(grace));

          ValidationReport report = PLAN_RULES.validate(plan);

          assertThat(report.errors()).isEmpty();
          assertThat(report.isValid()).isTrue();
          assertThat(report.findings()).extracting(Finding::id)
              .allMatch(BuiltInRules.PLAN_TARGETS::equals);
          assertThat(report.findings().isEmpty()).isEqualTo(totalTarget(boxes).equals(budget));
        });
  }

  @Test
  void targetsAddingUpToTheBudgetGiveNoFindingAtAll() {
    qt().forAll(phaseBoxes(), wholeSeconds(60 * 60))
        .assuming((boxes, grace) -> !totalTarget(boxes).isZero())
        .checkAssert((boxes, grace) -> {
          Duration budget = totalTarget(boxes);
          MeetingPlan plan = plan(boxes, budget, budget.plus(grace));

          ValidationReport report = PLAN_RULES.validate(plan);

          assertThat(report.findings()).isEmpty();
          assertThat(report.rulesPassed()).containsExactlyElementsOf(report.rulesRun());
        });
  }

  @Test
  void raisingOneMinimumPastTheBudgetGivesExactlyTheMinimumsError() {
    qt().forAll(phaseBoxes(), wholeSeconds(60 * 60), integers().between(0, 1_000),
            wholeSeconds(10 * 60).map((Duration d) -> d.plusSeconds(1)))
        .checkAssert((boxes, slack, pick, excess) -> {
          Duration budget = budget(boxes, slack);
          List<TimeBox> raised = new ArrayList<>(boxes);
          int i = pick % boxes.size();
          TimeBox box = raised.get(i);
          // Raise this minimum by what the budget has left plus the excess.
          Duration min = box.min().plus(budget.minus(totalMinimum(boxes))).plus(excess);
          Duration target = Durations.max(box.target(), min);
          Duration max = Durations.max(box.max(), target);
          raised.set(i, TimeBox.of(min, target, max));
          MeetingPlan plan = plan(raised, budget, budget);

          ValidationReport report = PLAN_RULES.validate(plan);

          assertThat(plan.totalMinimum()).isEqualTo(budget.plus(excess));
          assertThat(report.findings()).containsExactly(Finding.of(BuiltInRules.PLAN_MINIMUMS,
              Location.of("phases"), Arguments.builder()
                  .duration("minimums", plan.totalMinimum())
                  .duration("budget", budget)
                  .duration("excess", excess).build()).withSeverity(Severity.ERROR));
        });
  }

  @Test
  void theSamePlanAlwaysGivesAnEqualReport() {
    qt().forAll(phaseBoxes(), wholeSeconds(60 * 60), wholeSeconds(60 * 60))
        .checkAssert((boxes, budget, ceiling) -> {
          MeetingPlan plan = plan(boxes, budget.plusSeconds(1), ceiling.plusSeconds(1));

          assertThat(PLAN_RULES.validate(plan)).isEqualTo(PLAN_RULES.validate(plan));
        });
  }
}
