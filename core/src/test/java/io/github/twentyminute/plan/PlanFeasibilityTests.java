package io.github.twentyminute.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.rules.ValidationReport;
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

  private static Finding only(ValidationReport report) {
    assertThat(report.findings()).hasSize(1);
    return report.findings().get(0);
  }

  private static Finding finding(String id, Severity severity, String location, String key,
      Arguments.Builder arguments) {
    return Finding.of(id, Location.parse(location), key, arguments.build())
        .withSeverity(severity);
  }

  private static Arguments.Builder args() {
    return Arguments.builder();
  }

  private static Duration m(long minutes, long seconds) {
    return Duration.ofMinutes(minutes).plusSeconds(seconds);
  }

  @Test
  void runsEveryPlanRuleInADocumentedOrder() {
    ValidationReport report = PlanFeasibility.check(fitting().build());

    assertThat(report.rulesRun()).containsExactlyElementsOf(ALL_RULES);
    assertThat(List.of(PlanFeasibility.PHASES, PlanFeasibility.MINIMUMS, PlanFeasibility.TARGETS,
        PlanFeasibility.CEILING, PlanFeasibility.GROUP_LIMIT)).containsExactlyElementsOf(ALL_RULES);
    assertThat(report.findings()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void reportsAPlanWithNoPhases() {
    MeetingPlan empty = fitting().phases(List.of()).build();

    assertThat(only(PlanFeasibility.check(empty)))
        .isEqualTo(finding("plan.phases", Severity.ERROR, "phases", "plan.phases", args()));
  }

  @Test
  void reportsMinimumsAboveTheBudget() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 2, 2), TimeBox.ofMinutes(1, 2, 3),
        TimeBox.ofMinutes(17, 17, 17), TimeBox.ofMinutes(2, 2, 3)).build();

    ValidationReport report = PlanFeasibility.check(plan);

    assertThat(only(report)).isEqualTo(finding("plan.minimums", Severity.ERROR, "phases",
        "plan.minimums", args().duration("minimums", m(21, 0)).duration("budget", m(20, 0))
            .duration("excess", m(1, 0))));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void acceptsMinimumsExactlyAtTheBudget() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 1, 2), TimeBox.ofMinutes(1, 1, 3),
        TimeBox.ofMinutes(16, 16, 17), TimeBox.ofMinutes(2, 2, 3)).build();

    assertThat(PlanFeasibility.check(plan).findings()).isEmpty();
  }

  @Test
  void reportsTargetsOverTheBudget() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 2, 2), TimeBox.ofMinutes(1, 2, 3),
        TimeBox.ofMinutes(12, 15, 15), TimeBox.ofMinutes(2, 2, 3)).build();

    ValidationReport report = PlanFeasibility.check(plan);

    assertThat(only(report)).isEqualTo(finding("plan.targets", Severity.WARNING, "phases",
        "plan.targets", args().duration("targets", m(21, 0)).duration("budget", m(20, 0))
            .duration("difference", m(1, 0))));
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void reportsTargetsUnderTheBudget() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 2, 2), TimeBox.ofMinutes(1, 2, 3),
        TimeBox.of(Duration.ofMinutes(12), Duration.ofSeconds(13 * 60 + 30),
            Duration.ofMinutes(15)),
        TimeBox.ofMinutes(2, 2, 3)).build();

    assertThat(only(PlanFeasibility.check(plan))).isEqualTo(finding("plan.targets",
        Severity.WARNING, "phases", "plan.targets.under", args().duration("targets", m(19, 30))
            .duration("budget", m(20, 0)).duration("difference", m(0, 30))));
  }

  @Test
  void reportsABudgetAboveTheHardCeiling() {
    MeetingPlan plan = fitting().hardCeiling(Duration.ofMinutes(15)).build();

    ValidationReport report = PlanFeasibility.check(plan);

    assertThat(only(report)).isEqualTo(finding("plan.ceiling", Severity.ERROR, "budget",
        "plan.ceiling", args().duration("budget", m(20, 0)).duration("hardCeiling", m(15, 0))));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void acceptsABudgetEqualToTheHardCeiling() {
    MeetingPlan plan = fitting().hardCeiling(Duration.ofMinutes(20)).build();

    assertThat(PlanFeasibility.check(plan).findings()).isEmpty();
  }

  @Test
  void reportsAGroupWhoseMinimumsPassItsLimitAsAnError() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(3, 3, 3), TimeBox.ofMinutes(2, 2, 3),
        TimeBox.ofMinutes(12, 13, 15), TimeBox.ofMinutes(2, 2, 3))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(6), PhaseId.DISCUSSION, PhaseId.ENDING))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();

    ValidationReport report = PlanFeasibility.check(plan);

    assertThat(report.findings()).containsExactly(
        finding("plan.group-limit", Severity.ERROR, "groupLimits[0]", "plan.group-limit",
            args().text("group", "discussion + ending").duration("minimums", m(14, 0))
                .duration("max", m(6, 0))),
        finding("plan.group-limit", Severity.ERROR, "groupLimits[1]", "plan.group-limit",
            args().text("group", "introduction + overview").duration("minimums", m(5, 0))
                .duration("max", m(4, 0))));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void aGroupWhoseMinimumsFillItsLimitExactlyIsNoError() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 2, 2), TimeBox.ofMinutes(1, 2, 3),
        TimeBox.ofMinutes(12, 14, 15), TimeBox.ofMinutes(2, 2, 3))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(2), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();

    ValidationReport report = PlanFeasibility.check(plan);

    assertThat(report.findings()).containsExactly(finding("plan.group-limit", Severity.WARNING,
        "groupLimits[0]", "plan.group-limit.targets", args()
            .text("group", "introduction + overview").duration("targets", m(4, 0))
            .duration("max", m(2, 0))));
  }

  @Test
  void reportsAGroupWhoseTargetsPassItsLimitAsAWarning() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 2, 2), TimeBox.ofMinutes(1, 3, 3),
        TimeBox.ofMinutes(12, 13, 15), TimeBox.ofMinutes(2, 2, 3))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();

    ValidationReport report = PlanFeasibility.check(plan);

    assertThat(only(report)).isEqualTo(finding("plan.group-limit", Severity.WARNING,
        "groupLimits[0]", "plan.group-limit.targets", args()
            .text("group", "introduction + overview").duration("targets", m(5, 0))
            .duration("max", m(4, 0))));
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void acceptsAGroupWhoseTargetsMeetItsLimitExactly() {
    MeetingPlan plan = fitting()
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();

    assertThat(PlanFeasibility.check(plan).findings()).isEmpty();
  }

  @Test
  void reportsEveryFindingAtOnceInReportOrder() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(3, 3, 3), TimeBox.ofMinutes(2, 2, 3),
        TimeBox.ofMinutes(17, 17, 17), TimeBox.ofMinutes(2, 2, 3))
        .hardCeiling(Duration.ofMinutes(19))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();

    ValidationReport report = PlanFeasibility.check(plan);

    assertThat(report.findings()).extracting(Finding::id)
        .containsExactly("plan.ceiling", "plan.group-limit", "plan.minimums");
    assertThat(report.findings()).extracting(Finding::location).containsExactly(
        Location.of("budget"), Location.parse("groupLimits[0]"), Location.of("phases"));
    assertThat(report.rulesPassed()).containsExactly("plan.phases", "plan.targets");
  }

  @Test
  void theBooksPlansAreFeasibleWithNoFindingAtAll() {
    ValidationReport twenty = PlanFeasibility.check(MeetingPlans.twentyMinute());
    ValidationReport thirty = PlanFeasibility.check(MeetingPlans.thirtyMinute());

    assertThat(twenty.findings()).isEmpty();
    assertThat(twenty.isValid()).isTrue();
    assertThat(twenty.rulesPassed()).containsExactlyElementsOf(ALL_RULES);
    assertThat(thirty.findings()).isEmpty();
    assertThat(thirty.isValid()).isTrue();
  }

  @Test
  void rejectsANullPlan() {
    assertThatThrownBy(() -> PlanFeasibility.check(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("plan");
  }
}
