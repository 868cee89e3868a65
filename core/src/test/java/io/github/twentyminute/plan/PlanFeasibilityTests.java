package io.github.twentyminute.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.rules.ValidationReport;
import io.github.twentyminute.rules.Violation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFeasibilityTests {
  private static final List<String> ALL_RULES = List.of(
      "plan.phases", "plan.minimums", "plan.targets", "plan.ceiling", "plan.group-limit");

  /** The book's plan with other time boxes and no group limit. */
  private static ImmutableMeetingPlan.Builder plan(
      TimeBox introduction, TimeBox overview, TimeBox discussion, TimeBox ending) {
    return MeetingPlan.builder()
        .name("Test plan")
        .budget(Duration.ofMinutes(20))
        .hardCeiling(Duration.ofMinutes(30))
        .addPhase(MeetingPlans.introduction(introduction))
        .addPhase(MeetingPlans.overview(overview))
        .addPhase(MeetingPlans.discussion(discussion))
        .addPhase(MeetingPlans.ending(ending));
  }

  private static ImmutableMeetingPlan.Builder fitting() {
    return plan(TimeBox.ofMinutes(1, 2, 2), TimeBox.ofMinutes(1, 2, 3),
        TimeBox.ofMinutes(12, 14, 15), TimeBox.ofMinutes(2, 2, 3));
  }

  private static Violation only(ValidationReport report) {
    assertThat(report.violations()).hasSize(1);
    return report.violations().get(0);
  }

  @Test
  void runsEveryPlanRuleInADocumentedOrder() {
    ValidationReport report = PlanFeasibility.check(fitting().build());

    assertThat(report.rulesRun()).containsExactlyElementsOf(ALL_RULES);
    assertThat(List.of(PlanFeasibility.PHASES, PlanFeasibility.MINIMUMS, PlanFeasibility.TARGETS,
        PlanFeasibility.CEILING, PlanFeasibility.GROUP_LIMIT)).containsExactlyElementsOf(ALL_RULES);
    assertThat(report.violations()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void reportsAPlanWithNoPhases() {
    MeetingPlan empty = fitting().phases(List.of()).build();

    Violation v = only(PlanFeasibility.check(empty));

    assertThat(v.ruleId()).isEqualTo("plan.phases");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.path()).isEqualTo(Location.parse("phases"));
    assertThat(v.message()).isEqualTo("plan has no phases; expected at least one");
    assertThat(v.hint()).isEqualTo(
        "Add the phases of the meeting, such as introduction, overview, discussion and ending");
  }

  @Test
  void reportsMinimumsAboveTheBudget() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 2, 2), TimeBox.ofMinutes(1, 2, 3),
        TimeBox.ofMinutes(17, 17, 17), TimeBox.ofMinutes(2, 2, 3)).build();

    ValidationReport report = PlanFeasibility.check(plan);
    Violation v = only(report);

    assertThat(v.ruleId()).isEqualTo("plan.minimums");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.path()).isEqualTo(Location.parse("phases"));
    assertThat(v.message())
        .isEqualTo("plan cannot fit: phase minimums add up to 21:00 against a 20:00 budget");
    assertThat(v.hint()).isEqualTo("Lower the minimum of a phase by 1:00 or raise the budget");
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void acceptsMinimumsExactlyAtTheBudget() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 1, 2), TimeBox.ofMinutes(1, 1, 3),
        TimeBox.ofMinutes(16, 16, 17), TimeBox.ofMinutes(2, 2, 3)).build();

    assertThat(PlanFeasibility.check(plan).violations()).isEmpty();
  }

  @Test
  void reportsTargetsOverTheBudget() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 2, 2), TimeBox.ofMinutes(1, 2, 3),
        TimeBox.ofMinutes(12, 15, 15), TimeBox.ofMinutes(2, 2, 3)).build();

    ValidationReport report = PlanFeasibility.check(plan);
    Violation v = only(report);

    assertThat(v.ruleId()).isEqualTo("plan.targets");
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.path()).isEqualTo(Location.parse("phases"));
    assertThat(v.message()).isEqualTo("phase targets add up to 21:00; expected the 20:00 budget");
    assertThat(v.hint()).isEqualTo("Lower the targets by 1:00 so the plan uses exactly its budget");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void reportsTargetsUnderTheBudget() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 2, 2), TimeBox.ofMinutes(1, 2, 3),
        TimeBox.of(Duration.ofMinutes(12), Duration.ofSeconds(13 * 60 + 30),
            Duration.ofMinutes(15)),
        TimeBox.ofMinutes(2, 2, 3)).build();

    Violation v = only(PlanFeasibility.check(plan));

    assertThat(v.ruleId()).isEqualTo("plan.targets");
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.path()).isEqualTo(Location.parse("phases"));
    assertThat(v.message()).isEqualTo("phase targets add up to 19:30; expected the 20:00 budget");
    assertThat(v.hint()).isEqualTo("Raise the targets by 0:30 so the plan uses exactly its budget");
  }

  @Test
  void reportsABudgetAboveTheHardCeiling() {
    MeetingPlan plan = fitting().hardCeiling(Duration.ofMinutes(15)).build();

    ValidationReport report = PlanFeasibility.check(plan);
    Violation v = only(report);

    assertThat(v.ruleId()).isEqualTo("plan.ceiling");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.path()).isEqualTo(Location.parse("budget"));
    assertThat(v.message()).isEqualTo("budget 20:00 is above the hard ceiling 15:00");
    assertThat(v.hint()).isEqualTo("Promise no more than 15:00, or raise the ceiling");
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void acceptsABudgetEqualToTheHardCeiling() {
    MeetingPlan plan = fitting().hardCeiling(Duration.ofMinutes(20)).build();

    assertThat(PlanFeasibility.check(plan).violations()).isEmpty();
  }

  @Test
  void reportsAGroupWhoseMinimumsPassItsLimitAsAnError() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(3, 3, 3), TimeBox.ofMinutes(2, 2, 3),
        TimeBox.ofMinutes(12, 13, 15), TimeBox.ofMinutes(2, 2, 3))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(6), PhaseId.DISCUSSION, PhaseId.ENDING))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();

    ValidationReport report = PlanFeasibility.check(plan);

    assertThat(report.violations()).hasSize(2);
    Violation v = report.violations().get(0);
    assertThat(v.ruleId()).isEqualTo("plan.group-limit");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.path()).isEqualTo(Location.parse("groupLimits[0]"));
    assertThat(v.message())
        .isEqualTo("discussion + ending minimums add up to 14:00 against the group's 6:00 limit");
    assertThat(v.hint())
        .isEqualTo("Lower the minimums of discussion + ending or raise the group limit");
    Violation second = report.violations().get(1);
    assertThat(second.path()).isEqualTo(Location.parse("groupLimits[1]"));
    assertThat(second.message()).isEqualTo(
        "introduction + overview minimums add up to 5:00 against the group's 4:00 limit");
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void aGroupWhoseMinimumsFillItsLimitExactlyIsNoError() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 2, 2), TimeBox.ofMinutes(1, 2, 3),
        TimeBox.ofMinutes(12, 14, 15), TimeBox.ofMinutes(2, 2, 3))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(2), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();

    ValidationReport report = PlanFeasibility.check(plan);

    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.message()).isEqualTo(
          "introduction + overview targets add up to 4:00 against the group's 2:00 limit");
    });
  }

  @Test
  void reportsAGroupWhoseTargetsPassItsLimitAsAWarning() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 2, 2), TimeBox.ofMinutes(1, 3, 3),
        TimeBox.ofMinutes(12, 13, 15), TimeBox.ofMinutes(2, 2, 3))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();

    ValidationReport report = PlanFeasibility.check(plan);
    Violation v = only(report);

    assertThat(v.ruleId()).isEqualTo("plan.group-limit");
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.path()).isEqualTo(Location.parse("groupLimits[0]"));
    assertThat(v.message())
        .isEqualTo("introduction + overview targets add up to 5:00 against the group's 4:00 limit");
    assertThat(v.hint()).isEqualTo("Lower the targets of introduction + overview to 4:00 in all");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void acceptsAGroupWhoseTargetsMeetItsLimitExactly() {
    MeetingPlan plan = fitting()
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();

    assertThat(PlanFeasibility.check(plan).violations()).isEmpty();
  }

  @Test
  void reportsEveryFindingAtOnceInReportOrder() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(3, 3, 3), TimeBox.ofMinutes(2, 2, 3),
        TimeBox.ofMinutes(17, 17, 17), TimeBox.ofMinutes(2, 2, 3))
        .hardCeiling(Duration.ofMinutes(19))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();

    ValidationReport report = PlanFeasibility.check(plan);

    assertThat(report.violations()).extracting(Violation::ruleId)
        .containsExactly("plan.ceiling", "plan.group-limit", "plan.minimums");
    assertThat(report.violations()).extracting(Violation::message).containsExactly(
        "budget 20:00 is above the hard ceiling 19:00",
        "introduction + overview minimums add up to 5:00 against the group's 4:00 limit",
        "plan cannot fit: phase minimums add up to 24:00 against a 20:00 budget");
    assertThat(report.rulesPassed()).containsExactly("plan.phases", "plan.targets");
  }

  @Test
  void theBooksPlansAreFeasibleWithNoViolationAtAll() {
    ValidationReport twenty = PlanFeasibility.check(MeetingPlans.twentyMinute());
    ValidationReport thirty = PlanFeasibility.check(MeetingPlans.thirtyMinute());

    assertThat(twenty.violations()).isEmpty();
    assertThat(twenty.isValid()).isTrue();
    assertThat(twenty.rulesPassed()).containsExactlyElementsOf(ALL_RULES);
    assertThat(thirty.violations()).isEmpty();
    assertThat(thirty.isValid()).isTrue();
  }

  @Test
  void rejectsANullPlan() {
    assertThatThrownBy(() -> PlanFeasibility.check(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("plan");
  }
}
