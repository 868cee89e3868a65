package io.github.twentyminute.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PreparationTests {
  @Test
  void standardHasTheBooksStepsNoneDone() {
    Preparation standard = Preparation.standard();

    assertThat(standard.steps()).extracting(PreparationStep::id).containsExactly(
        "research", "questions", "overview", "purpose", "thanked-when-agreed");
    assertThat(standard.steps()).noneMatch(PreparationStep::done);
    assertThat(standard.steps()).allMatch(s -> !s.text().isBlank());
  }

  @Test
  void markDoneMarksOneStepAndKeepsTheOrder() {
    Preparation standard = Preparation.standard();

    Preparation done = standard.markDone(Preparation.QUESTIONS);

    assertThat(done.isDone(Preparation.QUESTIONS)).isTrue();
    assertThat(done.isDone(Preparation.RESEARCH)).isFalse();
    assertThat(done.steps()).extracting(PreparationStep::id)
        .containsExactlyElementsOf(standard.steps().stream().map(PreparationStep::id).toList());
    assertThat(standard.isDone(Preparation.QUESTIONS)).isFalse();
  }

  @Test
  void markDoneTwiceIsTheSame() {
    Preparation once = Preparation.standard().markDone(Preparation.PURPOSE);

    assertThat(once.markDone(Preparation.PURPOSE)).isEqualTo(once);
  }

  @Test
  void isDoneIsFalseForAnUnknownStep() {
    assertThat(Preparation.standard().isDone("rehearse")).isFalse();
  }

  @Test
  void markDoneRejectsAnUnknownStepListingTheSteps() {
    assertThatThrownBy(() -> Preparation.standard().markDone("rehearse"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preparation has no step rehearse; its steps are [research, questions,"
            + " overview, purpose, thanked-when-agreed]");
  }

  @Test
  void rejectsDuplicateStepIds() {
    assertThatThrownBy(() -> Preparation.builder()
        .addStep(PreparationStep.of("research", "Research them", false))
        .addStep(PreparationStep.of("research", "Research them again", true))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preparation has step id research twice; step ids must be unique");
  }

  @Test
  void stepRejectsAMalformedId() {
    assertThatThrownBy(() -> PreparationStep.of("do research", "Research them", false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stepRejectsBlankText() {
    assertThatThrownBy(() -> PreparationStep.of("research", "  ", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preparation step research text must not be blank");
  }

  @Test
  void stepWithDoneCopiesTheStep() {
    PreparationStep step = PreparationStep.of("research", "Research them", false);

    assertThat(step.withDone(true)).isEqualTo(PreparationStep.of("research", "Research them", true));
    assertThat(step.done()).isFalse();
  }
}
