package io.github.twentyminute.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhaseIdTests {
  @Test
  void obtainsTheBooksConstantsByName() {
    assertThat(PhaseId.of("introduction")).isSameAs(PhaseId.INTRODUCTION);
    assertThat(PhaseId.of("overview")).isSameAs(PhaseId.OVERVIEW);
    assertThat(PhaseId.of("discussion")).isSameAs(PhaseId.DISCUSSION);
    assertThat(PhaseId.of("ending")).isSameAs(PhaseId.ENDING);
  }

  @Test
  void knowsTheBooksPhases() {
    assertThat(PhaseId.INTRODUCTION.isBookPhase()).isTrue();
    assertThat(PhaseId.OVERVIEW.isBookPhase()).isTrue();
    assertThat(PhaseId.DISCUSSION.isBookPhase()).isTrue();
    assertThat(PhaseId.ENDING.isBookPhase()).isTrue();
    assertThat(PhaseId.of("panel-questions").isBookPhase()).isFalse();
  }

  @Test
  void theBooksPhasesHaveDistinctHashCodes() {
    assertThat(java.util.stream.Stream.of(PhaseId.INTRODUCTION, PhaseId.OVERVIEW,
        PhaseId.DISCUSSION, PhaseId.ENDING).map(PhaseId::hashCode).distinct().count())
        .isEqualTo(4);
    assertThat(PhaseId.of("panel-questions").hashCode())
        .isEqualTo(PhaseId.parse("panel-questions").hashCode());
  }

  @Test
  void userDefinedIdsAreEqualByValue() {
    PhaseId a = PhaseId.of("panel-questions");
    PhaseId b = PhaseId.of("panel-questions");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(PhaseId.DISCUSSION);
    assertThat(a.value()).isEqualTo("panel-questions");
  }

  @ParameterizedTest
  @ValueSource(strings = {"introduction", "ending", "panel-questions", "q", "a1-2-3",
      "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl"})
  void parseReadsBackWhatToStringWrites(String text) {
    PhaseId id = PhaseId.parse(text);

    assertThat(id.toString()).isEqualTo(text);
    assertThat(PhaseId.parse(id.toString())).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-ending", "_ending", ".ending", "panel questions", "panel/questions",
      "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm"})
  void rejectsMalformedIds(String text) {
    assertThatThrownBy(() -> PhaseId.of(text))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PhaseId.parse(text))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> PhaseId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> PhaseId.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void ordersByText() {
    assertThat(PhaseId.DISCUSSION).isLessThan(PhaseId.ENDING);
    assertThat(PhaseId.ENDING).isLessThan(PhaseId.INTRODUCTION);
    assertThat(PhaseId.of("overview").compareTo(PhaseId.OVERVIEW)).isZero();
  }
}
