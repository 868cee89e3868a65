package io.github.twentyminute.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhasePlanTests {
  private static PhasePlan.Builder ending() {
    return PhasePlan.builder().id(PhaseId.ENDING).title("Ending").timeBox(TimeBox.ofMinutes(2, 2, 3));
  }

  @Test
  void defaultsToARequiredPhaseWithoutFlags() {
    PhasePlan phase = ending().build();

    assertThat(phase.required()).isTrue();
    assertThat(phase.keepsItsTime()).isFalse();
    assertThat(phase.absorbsOverruns()).isFalse();
    assertThat(phase.purpose()).isEmpty();
    assertThat(phase.cues()).isEmpty();
  }

  @Test
  void findsItsCuesById() {
    PhasePlan phase = ending().addCues(MeetingPlans.ASK_FOR_NAMES, MeetingPlans.THANKS_CLOSING)
        .build();

    assertThat(phase.cue("thanks.closing")).contains(MeetingPlans.THANKS_CLOSING);
    assertThat(phase.cue("thanks.opening")).isEmpty();
  }

  @Test
  void printsIdAndTimeBox() {
    assertThat(ending().build().toString()).isEqualTo("ending 2:00/2:00/3:00");
  }

  @Test
  void rejectsBlankTitle() {
    assertThatThrownBy(() -> ending().title(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phase ending title must not be blank");
  }

  @Test
  void rejectsKeepingItsTimeAndAbsorbingOverrunsTogether() {
    assertThatThrownBy(() -> ending().keepsItsTime(true).absorbsOverruns(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phase ending cannot both keep its time and absorb overruns; choose one");
  }

  @Test
  void rejectsADuplicateCue() {
    assertThatThrownBy(() -> ending()
        .addCues(MeetingPlans.THANKS_CLOSING, MeetingPlans.ASK_FOR_NAMES,
            Cue.optional("thanks.closing", "Thank them once more"))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phase ending has cue id thanks.closing twice; cue ids must be unique");
  }
}
