package io.github.twentyminute.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.findings.Arguments;
import io.github.twentyminute.findings.Finding;
import io.github.twentyminute.findings.Location;
import io.github.twentyminute.findings.Severity;
import io.github.twentyminute.plan.GroupLimit;
import io.github.twentyminute.agenda.Agenda;
import io.github.twentyminute.plan.MeetingPlan;
import io.github.twentyminute.plan.MeetingPlans;
import io.github.twentyminute.plan.PhaseId;
import io.github.twentyminute.plan.TimeBox;
import java.time.Duration;
import java.util.List;
import io.github.twentyminute.testing.SampleMeeting;
import org.junit.jupiter.api.Test;

/** The plan's own rules, on a plan alone and on the plan an agenda carries. */
class PlanRulesTests {
  private static final RuleSet PLAN_RULES = RuleSet.standard();
  private static final List<String> ALL_RULES = List.of(
      "plan.phases", "plan.minimums", "plan.targets", "plan.ceiling", "plan.group-limit");

  /** The book's plan with other time boxes and no group limit. */
  private static MeetingPlan.Builder plan(
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

  private static MeetingPlan.Builder fitting() {
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
  void runsOnlyThePlanRulesOnAPlanInADocumentedOrder() {
    ValidationReport report = PLAN_RULES.validate(fitting().build());

    assertThat(report.rulesRun()).containsExactlyElementsOf(ALL_RULES);
    assertThat(List.of(BuiltInRules.PLAN_PHASES, BuiltInRules.PLAN_MINIMUMS, BuiltInRules.PLAN_TARGETS,
        BuiltInRules.PLAN_CEILING, BuiltInRules.PLAN_GROUP_LIMIT)).containsExactlyElementsOf(ALL_RULES);
    assertThat(report.findings()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void reportsAPlanWithNoPhases() {
    MeetingPlan empty = fitting().phases(List.of()).build();

    assertThat(only(PLAN_RULES.validate(empty)))
        .isEqualTo(finding("plan.phases", Severity.ERROR, "phases", "plan.phases", args()));
  }

  @Test
  void reportsMinimumsAboveTheBudget() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 2, 2), TimeBox.ofMinutes(1, 2, 3),
        TimeBox.ofMinutes(17, 17, 17), TimeBox.ofMinutes(2, 2, 3)).build();

    ValidationReport report = PLAN_RULES.validate(plan);

    assertThat(only(report)).isEqualTo(finding("plan.minimums", Severity.ERROR, "phases",
        "plan.minimums", args().duration("minimums", m(21, 0)).duration("budget", m(20, 0))
            .duration("excess", m(1, 0))));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void acceptsMinimumsExactlyAtTheBudget() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 1, 2), TimeBox.ofMinutes(1, 1, 3),
        TimeBox.ofMinutes(16, 16, 17), TimeBox.ofMinutes(2, 2, 3)).build();

    assertThat(PLAN_RULES.validate(plan).findings()).isEmpty();
  }

  @Test
  void reportsTargetsOverTheBudget() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(1, 2, 2), TimeBox.ofMinutes(1, 2, 3),
        TimeBox.ofMinutes(12, 15, 15), TimeBox.ofMinutes(2, 2, 3)).build();

    ValidationReport report = PLAN_RULES.validate(plan);

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

    assertThat(only(PLAN_RULES.validate(plan))).isEqualTo(finding("plan.targets",
        Severity.WARNING, "phases", "plan.targets.under", args().duration("targets", m(19, 30))
            .duration("budget", m(20, 0)).duration("difference", m(0, 30))));
  }

  @Test
  void reportsABudgetAboveTheHardCeiling() {
    MeetingPlan plan = fitting().hardCeiling(Duration.ofMinutes(15)).build();

    ValidationReport report = PLAN_RULES.validate(plan);

    assertThat(only(report)).isEqualTo(finding("plan.ceiling", Severity.ERROR, "budget",
        "plan.ceiling", args().duration("budget", m(20, 0)).duration("hardCeiling", m(15, 0))));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void acceptsABudgetEqualToTheHardCeiling() {
    MeetingPlan plan = fitting().hardCeiling(Duration.ofMinutes(20)).build();

    assertThat(PLAN_RULES.validate(plan).findings()).isEmpty();
  }

  @Test
  void reportsAGroupWhoseMinimumsPassItsLimitAsAnError() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(3, 3, 3), TimeBox.ofMinutes(2, 2, 3),
        TimeBox.ofMinutes(12, 13, 15), TimeBox.ofMinutes(2, 2, 3))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(6), PhaseId.DISCUSSION, PhaseId.ENDING))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();

    ValidationReport report = PLAN_RULES.validate(plan);

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

    ValidationReport report = PLAN_RULES.validate(plan);

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

    ValidationReport report = PLAN_RULES.validate(plan);

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

    assertThat(PLAN_RULES.validate(plan).findings()).isEmpty();
  }

  @Test
  void reportsEveryFindingAtOnceInReportOrder() {
    MeetingPlan plan = plan(TimeBox.ofMinutes(3, 3, 3), TimeBox.ofMinutes(2, 2, 3),
        TimeBox.ofMinutes(17, 17, 17), TimeBox.ofMinutes(2, 2, 3))
        .hardCeiling(Duration.ofMinutes(19))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW))
        .build();

    ValidationReport report = PLAN_RULES.validate(plan);

    assertThat(report.findings()).extracting(Finding::id)
        .containsExactly("plan.ceiling", "plan.group-limit", "plan.minimums");
    assertThat(report.findings()).extracting(Finding::location).containsExactly(
        Location.of("budget"), Location.parse("groupLimits[0]"), Location.of("phases"));
    assertThat(report.rulesPassed()).containsExactly("plan.phases", "plan.targets");
  }

  @Test
  void theBooksPlansAreFeasibleWithNoFindingAtAll() {
    ValidationReport twenty = PLAN_RULES.validate(MeetingPlans.twentyMinute());
    ValidationReport thirty = PLAN_RULES.validate(MeetingPlans.thirtyMinute());

    assertThat(twenty.findings()).isEmpty();
    assertThat(twenty.isValid()).isTrue();
    assertThat(twenty.rulesPassed()).containsExactlyElementsOf(ALL_RULES);
    assertThat(thirty.findings()).isEmpty();
    assertThat(thirty.isValid()).isTrue();
  }

  @Test
  void anAgendaIsCheckedWithThePlanItCarriesAtLocationsUnderPlan() {
    MeetingPlan overCeiling = MeetingPlan.builder().from(MeetingPlans.twentyMinute())
        .hardCeiling(Duration.ofMinutes(15)).build();
    Agenda agenda = Agenda.builder().from(SampleMeeting.agenda()).plan(overCeiling).build();

    ValidationReport report = PLAN_RULES.validate(agenda);

    assertThat(report.rulesRun()).startsWith(ALL_RULES.toArray(new String[0]))
        .containsAll(BuiltInRules.ids());
    assertThat(report.forRule("plan.ceiling")).containsExactly(finding("plan.ceiling",
        Severity.ERROR, "plan.budget", "plan.ceiling", args().duration("budget", m(20, 0))
            .duration("hardCeiling", m(15, 0))));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void anAgendaWhosePlansMinimumsPassItsBudgetIsReportedAtPlanPhases() {
    MeetingPlan tight = MeetingPlan.builder().from(MeetingPlans.twentyMinute())
        .budget(Duration.ofMinutes(15)).build();
    Agenda agenda = Agenda.builder().from(SampleMeeting.agenda()).plan(tight).build();

    assertThat(PLAN_RULES.validate(agenda).forRule("plan.minimums")).containsExactly(finding(
        "plan.minimums", Severity.ERROR, "plan.phases", "plan.minimums", args()
            .duration("minimums", m(16, 0)).duration("budget", m(15, 0))
            .duration("excess", m(1, 0))));
  }

  @Test
  void planRulesCanBeDisabledAndReRanked() {
    MeetingPlan plan = fitting().hardCeiling(Duration.ofMinutes(15)).build();

    assertThat(PLAN_RULES.disable("plan.ceiling").validate(plan).findings()).isEmpty();
    assertThat(PLAN_RULES.disable("plan.ceiling").enabledIdsForPlans())
        .containsExactly("plan.phases", "plan.minimums", "plan.targets", "plan.group-limit");
    assertThat(PLAN_RULES.withSeverity("plan.ceiling", Severity.WARNING).validate(plan)
        .isValid()).isTrue();
  }

  @Test
  void onlyRulesThatApplyToAPlanAloneRunOnAPlan() {
    Rule planRule = new NamedRule("acme.short-budget", Severity.INFO, "Budgets under an hour") {
      @Override
      public boolean appliesToPlanAlone() {
        return true;
      }

      @Override
      public void check(RuleContext context) {
        if (context.plan().budget().compareTo(Duration.ofHours(1)) < 0) {
          context.report(context.planLocation().field("budget"), "short", "fine");
        }
      }
    };
    Rule agendaRule = Rule.of("acme.agenda", Severity.INFO, a -> false, a -> "always", "Always");
    RuleSet set = RuleSet.of(planRule, agendaRule);

    ValidationReport onPlan = set.validate(MeetingPlans.twentyMinute());
    ValidationReport onAgenda = set.validate(SampleMeeting.agenda());

    assertThat(onPlan.rulesRun()).containsExactly("acme.short-budget");
    assertThat(onPlan.findings()).extracting(Finding::location)
        .containsExactly(Location.of("budget"));
    assertThat(onAgenda.rulesRun()).containsExactly("acme.short-budget", "acme.agenda");
    assertThat(onAgenda.forRule("acme.short-budget")).extracting(Finding::location)
        .containsExactly(Location.parse("plan.budget"));
    assertThat(agendaRule.appliesToPlanAlone()).isFalse();
  }

  @Test
  void aPlanRuleThatAsksForTheAgendaOfAPlanAloneFails() {
    Rule confused = new NamedRule("acme.confused", Severity.INFO, "Reads the agenda") {
      @Override
      public boolean appliesToPlanAlone() {
        return true;
      }

      @Override
      public void check(RuleContext context) {
        assertThat(context.hasAgenda()).isFalse();
        context.agenda();
      }
    };

    ValidationReport report = RuleSet.of(confused).validate(MeetingPlans.twentyMinute());

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.key()).isEqualTo(RuleSet.RULE_FAILED);
      assertThat(f.arguments().text("reason")).isEqualTo("java.lang.IllegalStateException: rule"
          + " acme.confused asked for the agenda, but a plan is being checked alone; a rule that"
          + " applies to a plan alone reads plan() only");
    });
  }

  @Test
  void rejectsANullPlan() {
    assertThatThrownBy(() -> PLAN_RULES.validate((MeetingPlan) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("plan");
  }
}
