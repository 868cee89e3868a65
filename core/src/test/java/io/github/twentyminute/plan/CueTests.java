package io.github.twentyminute.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CueTests {
  @Test
  void requiredAndOptionalFactoriesSetTheFlag() {
    Cue required = Cue.required("thanks.opening", "Thank them");
    Cue optional = Cue.optional("intro.small-talk", "Small talk");

    assertThat(required.required()).isTrue();
    assertThat(optional.required()).isFalse();
    assertThat(required.id()).isEqualTo("thanks.opening");
    assertThat(required.text()).isEqualTo("Thank them");
  }

  @Test
  void builderDefaultsToRequired() {
    assertThat(ImmutableCue.builder().id("a").text("b").build().required()).isTrue();
  }

  @Test
  void printsIdWithAQuestionMarkWhenOptional() {
    assertThat(Cue.required("thanks.opening", "Thank them").toString()).isEqualTo("thanks.opening");
    assertThat(Cue.optional("intro.small-talk", "Small talk").toString())
        .isEqualTo("intro.small-talk?");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ending.ask-for-names", "a", "a1.b2-c", "x.y.z", "Thanks_1",
      "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz.abcdefghijk"})
  void acceptsIds(String id) {
    assertThat(Cue.required(id, "text").id()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".thanks", "-thanks", "thanks opening", "thanks?", "thanks/opening",
      "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz.abcdefghijkl"})
  void rejectsMalformedIds(String id) {
    assertThatThrownBy(() -> Cue.required(id, "Thank them"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsBlankText() {
    assertThatThrownBy(() -> Cue.optional("thanks.opening", "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cue thanks.opening text must not be blank");
  }
}
