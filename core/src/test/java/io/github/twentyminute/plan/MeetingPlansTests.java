package io.github.twentyminute.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the built-in plans to the timing table of the method. */
class MeetingPlansTests {
  private static List<String> cueIds(PhasePlan phase) {
    return phase.cues().stream().map(Cue::id).collect(Collectors.toList());
  }

  @Test
  void theBooksPlanHasTheBudgetAndCeilingOfTheMethod() {
    MeetingPlan plan = MeetingPlans.twentyMinute();

    assertThat(plan.name()).isEqualTo("The 20-minute networking meeting");
    assertThat(plan.budget()).isEqualTo(Duration.ofMinutes(20));
    assertThat(plan.hardCeiling()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void theBooksPlanHasTheFourPhasesInOrderWithTheTablesTimeBoxes() {
    MeetingPlan plan = MeetingPlans.twentyMinute();

    assertThat(plan.phaseIds()).containsExactly(
        PhaseId.INTRODUCTION, PhaseId.OVERVIEW, PhaseId.DISCUSSION, PhaseId.ENDING);
    assertThat(plan.requirePhase(PhaseId.INTRODUCTION).timeBox())
        .isEqualTo(TimeBox.ofMinutes(1, 2, 2));
    assertThat(plan.requirePhase(PhaseId.OVERVIEW).timeBox()).isEqualTo(TimeBox.ofMinutes(1, 2, 3));
    assertThat(plan.requirePhase(PhaseId.DISCUSSION).timeBox())
        .isEqualTo(TimeBox.ofMinutes(12, 14, 15));
    assertThat(plan.requirePhase(PhaseId.ENDING).timeBox()).isEqualTo(TimeBox.ofMinutes(2, 2, 3));
    assertThat(plan.phases()).allMatch(PhasePlan::required);
  }

  @Test
  void theBooksPlanTargetsAddUpToTheBudgetAndItsMaximumsDoNot() {
    MeetingPlan plan = MeetingPlans.twentyMinute();

    assertThat(plan.totalMinimum()).isEqualTo(Duration.ofMinutes(16));
    assertThat(plan.totalTarget()).isEqualTo(Duration.ofMinutes(20));
    assertThat(plan.totalMaximum()).isEqualTo(Duration.ofMinutes(23));
  }

  @Test
  void theBooksPlanLimitsIntroductionAndOverviewToFourMinutes() {
    MeetingPlan plan = MeetingPlans.twentyMinute();

    assertThat(plan.groupLimits()).containsExactly(
        GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW));
    assertThat(plan.groupLimits().get(0).toString())
        .isEqualTo("introduction + overview <= 4:00");
  }

  @Test
  void theEndingKeepsItsTimeAndTheDiscussionAbsorbsOverruns() {
    MeetingPlan plan = MeetingPlans.twentyMinute();

    assertThat(plan.requirePhase(PhaseId.ENDING).keepsItsTime()).isTrue();
    assertThat(plan.requirePhase(PhaseId.ENDING).absorbsOverruns()).isFalse();
    assertThat(plan.requirePhase(PhaseId.DISCUSSION).absorbsOverruns()).isTrue();
    assertThat(plan.requirePhase(PhaseId.DISCUSSION).keepsItsTime()).isFalse();
    assertThat(plan.requirePhase(PhaseId.INTRODUCTION).keepsItsTime()).isFalse();
    assertThat(plan.requirePhase(PhaseId.INTRODUCTION).absorbsOverruns()).isFalse();
    assertThat(plan.requirePhase(PhaseId.OVERVIEW).keepsItsTime()).isFalse();
    assertThat(plan.requirePhase(PhaseId.OVERVIEW).absorbsOverruns()).isFalse();
  }

  @Test
  void theBooksCuesAreInTheirPhases() {
    MeetingPlan plan = MeetingPlans.twentyMinute();

    assertThat(cueIds(plan.requirePhase(PhaseId.INTRODUCTION)))
        .containsExactly("thanks.opening", "intro.small-talk", "intro.purpose");
    assertThat(cueIds(plan.requirePhase(PhaseId.OVERVIEW))).containsExactly("overview.career");
    assertThat(cueIds(plan.requirePhase(PhaseId.DISCUSSION)))
        .containsExactly("discussion.prepared-questions");
    assertThat(cueIds(plan.requirePhase(PhaseId.ENDING)))
        .containsExactly("ending.ask-for-names", "ending.offer-help", "thanks.closing");
  }

  @Test
  void theMethodsCuesAreRequiredAndSmallTalkIsOptional() {
    MeetingPlan plan = MeetingPlans.twentyMinute();

    assertThat(plan.requirePhase(PhaseId.INTRODUCTION).cue("thanks.opening"))
        .hasValueSatisfying(c -> assertThat(c.required()).isTrue());
    assertThat(plan.requirePhase(PhaseId.ENDING).cue("thanks.closing"))
        .hasValueSatisfying(c -> assertThat(c.required()).isTrue());
    assertThat(plan.requirePhase(PhaseId.ENDING).cue("ending.ask-for-names"))
        .hasValueSatisfying(c -> assertThat(c.required()).isTrue());
    assertThat(plan.requirePhase(PhaseId.ENDING).cue("ending.offer-help"))
        .hasValueSatisfying(c -> assertThat(c.required()).isTrue());
    assertThat(MeetingPlans.SMALL_TALK.required()).isFalse();
  }

  @Test
  void eachCallReturnsAnEqualPlan() {
    assertThat(MeetingPlans.twentyMinute()).isEqualTo(MeetingPlans.twentyMinute())
        .hasSameHashCodeAs(MeetingPlans.twentyMinute());
    assertThat(MeetingPlans.thirtyMinute()).isEqualTo(MeetingPlans.thirtyMinute());
  }

  @Test
  void theThirtyMinuteVariantMatchesItsDocumentedTable() {
    MeetingPlan plan = MeetingPlans.thirtyMinute();

    assertThat(plan.budget()).isEqualTo(Duration.ofMinutes(30));
    assertThat(plan.hardCeiling()).isEqualTo(Duration.ofMinutes(35));
    assertThat(plan.phases()).extracting(p -> p.id() + " " + p.timeBox()).containsExactly(
        "introduction 1:00/2:00/3:00", "overview 2:00/3:00/4:00",
        "discussion 18:00/21:00/23:00", "ending 3:00/4:00/5:00");
    assertThat(plan.groupLimits()).containsExactly(
        GroupLimit.of(Duration.ofMinutes(6), PhaseId.INTRODUCTION, PhaseId.OVERVIEW));
    assertThat(plan.totalTarget()).isEqualTo(plan.budget());
    assertThat(plan.requirePhase(PhaseId.ENDING).keepsItsTime()).isTrue();
    assertThat(plan.requirePhase(PhaseId.DISCUSSION).absorbsOverruns()).isTrue();
    assertThat(plan.phases().stream().map(MeetingPlansTests::cueIds).collect(Collectors.toList()))
        .isEqualTo(MeetingPlans.twentyMinute().phases().stream().map(MeetingPlansTests::cueIds)
            .collect(Collectors.toList()));
  }

  @Test
  void aUsersOwnPlanCanReuseTheBooksPhases() {
    MeetingPlan panel = MeetingPlan.builder()
        .name("Panel visit")
        .budget(Duration.ofMinutes(45))
        .hardCeiling(Duration.ofMinutes(50))
        .addPhase(MeetingPlans.introduction(TimeBox.ofMinutes(3, 5, 6)))
        .addPhase(MeetingPlans.overview(TimeBox.ofMinutes(2, 3, 4)))
        .addPhase(PhasePlan.builder().id(PhaseId.of("panel-questions")).title("Panel questions")
            .timeBox(TimeBox.ofMinutes(20, 30, 32)).absorbsOverruns(true).build())
        .addPhase(MeetingPlans.ending(TimeBox.ofMinutes(5, 7, 8)))
        .build();

    assertThat(panel.totalMinimum()).isLessThanOrEqualTo(panel.budget());
    assertThat(panel.totalTarget()).isEqualTo(panel.budget());
    assertThat(panel.budget()).isLessThanOrEqualTo(panel.hardCeiling());
  }
}
