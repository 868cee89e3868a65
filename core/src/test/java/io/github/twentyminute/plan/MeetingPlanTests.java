package io.github.twentyminute.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MeetingPlanTests {
  private static final PhaseId PANEL = PhaseId.of("panel");

  private static MeetingPlan.Builder coffee() {
    return MeetingPlan.builder()
        .name("Coffee chat")
        .budget(Duration.ofMinutes(15))
        .hardCeiling(Duration.ofMinutes(20))
        .addPhase(MeetingPlans.introduction(TimeBox.ofMinutes(1, 2, 3)))
        .addPhase(MeetingPlans.discussion(TimeBox.ofMinutes(8, 11, 12)))
        .addPhase(MeetingPlans.ending(TimeBox.ofMinutes(2, 2, 3)));
  }

  private static PhasePlan panel(TimeBox box) {
    return PhasePlan.builder().id(PANEL).title("Panel questions").timeBox(box).build();
  }

  @Test
  void findsPhasesByIdAndPosition() {
    MeetingPlan plan = coffee().build();

    assertThat(plan.phaseIds())
        .containsExactly(PhaseId.INTRODUCTION, PhaseId.DISCUSSION, PhaseId.ENDING);
    assertThat(plan.indexOf(PhaseId.DISCUSSION)).isEqualTo(1);
    assertThat(plan.indexOf(PhaseId.OVERVIEW)).isEqualTo(-1);
    assertThat(plan.phase(PhaseId.ENDING)).contains(plan.phases().get(2));
    assertThat(plan.phase(PhaseId.OVERVIEW)).isEmpty();
    assertThat(plan.requirePhase(PhaseId.INTRODUCTION)).isSameAs(plan.phases().get(0));
  }

  @Test
  void requirePhaseNamesThePlansPhasesInOrder() {
    assertThatThrownBy(() -> coffee().build().requirePhase(PhaseId.OVERVIEW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan \"Coffee chat\" has no phase overview; its phases are"
            + " [introduction, discussion, ending]");
  }

  @Test
  void addsUpMinimumsTargetsAndMaximums() {
    MeetingPlan plan = coffee().build();

    assertThat(plan.totalMinimum()).isEqualTo(Duration.ofMinutes(11));
    assertThat(plan.totalTarget()).isEqualTo(Duration.ofMinutes(15));
    assertThat(plan.totalMaximum()).isEqualTo(Duration.ofMinutes(18));
  }

  @Test
  void anEmptyPlanAddsUpToZero() {
    MeetingPlan plan = coffee().phases(java.util.List.of()).build();

    assertThat(plan.totalMinimum()).isZero();
    assertThat(plan.totalTarget()).isZero();
    assertThat(plan.totalMaximum()).isZero();
    assertThat(plan.phaseIds()).isEmpty();
  }

  @Test
  void printsNameBudgetCeilingAndPhases() {
    assertThat(coffee().build().toString()).isEqualTo(
        "Coffee chat (15:00, ceiling 20:00, phases [introduction, discussion, ending])");
  }

  @Test
  void rejectsABlankName() {
    assertThatThrownBy(() -> coffee().name("   ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan name must not be blank");
  }

  @Test
  void rejectsAZeroBudget() {
    assertThatThrownBy(() -> coffee().budget(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan \"Coffee chat\" budget must be positive, but was 0:00 (PT0S)");
  }

  @Test
  void rejectsANegativeBudget() {
    assertThatThrownBy(() -> coffee().budget(Duration.ofMinutes(-20)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan \"Coffee chat\" budget must be positive, but was -20:00 (PT-20M)");
  }

  @Test
  void rejectsAZeroHardCeiling() {
    assertThatThrownBy(() -> coffee().hardCeiling(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan \"Coffee chat\" hard ceiling must be positive, but was 0:00 (PT0S)");
  }

  @Test
  void rejectsANegativeHardCeiling() {
    assertThatThrownBy(() -> coffee().hardCeiling(Duration.ofSeconds(-90)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan \"Coffee chat\" hard ceiling must be positive, but was -1:30 (PT-1M-30S)");
  }

  @Test
  void rejectsADuplicatePhaseIdNamingBothIndexes() {
    assertThatThrownBy(() -> coffee()
        .addPhase(MeetingPlans.discussion(TimeBox.ofMinutes(1, 1, 1)))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan \"Coffee chat\" has phase id discussion twice (phases 1 and 3); phase ids"
            + " must be unique");
  }

  @Test
  void rejectsACueIdInTwoPhases() {
    PhasePlan sayThanks = PhasePlan.builder().id(PANEL).title("Panel")
        .timeBox(TimeBox.ofMinutes(1, 1, 1)).addCue(MeetingPlans.THANKS_OPENING).build();

    assertThatThrownBy(() -> coffee().addPhase(sayThanks).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan \"Coffee chat\" has cue id thanks.opening in both introduction and panel;"
            + " cue ids must be unique in a plan");
  }

  @Test
  void rejectsAGroupLimitNamingAnUnknownPhase() {
    assertThatThrownBy(() -> coffee()
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PANEL))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan \"Coffee chat\" group limit introduction + panel <= 4:00 names phase"
            + " panel, which the plan does not have; its phases are"
            + " [introduction, discussion, ending]");
  }

  @Test
  void acceptsAUserDefinedPhaseAndAGroupLimitOnIt() {
    MeetingPlan plan = coffee()
        .addPhase(panel(TimeBox.ofMinutes(0, 0, 5)))
        .addGroupLimit(GroupLimit.of(Duration.ofMinutes(6), PhaseId.ENDING, PANEL))
        .build();

    assertThat(plan.indexOf(PANEL)).isEqualTo(3);
    assertThat(plan.groupLimits()).hasSize(1);
  }

  @Test
  void rejectsMissingAttributes() {
    assertThatThrownBy(() -> MeetingPlan.builder().name("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("budget")
        .hasMessageContaining("hardCeiling");
  }
}
