package io.github.twentyminute.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTests {
  @ParameterizedTest
  @ValueSource(strings = {"a", "Q", "9", "q1", "budget.total", "Dana", "item_2-b", "a..b", "a."})
  void acceptsLettersDigitsDotsUnderscoresAndHyphensAfterALetterOrDigit(String id) {
    assertThat(Ids.isValid(id)).isTrue();
    assertThat(Ids.require(id, "item id")).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", ".a", "_a", "a b", "a/b", "a:b", "é", "a\u0000"})
  void refusesAnythingElse(String id) {
    assertThat(Ids.isValid(id)).isFalse();
    assertThatThrownBy(() -> Ids.require(id, "item id"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void allowsSixtyFourCharactersUnlessToldOtherwise() {
    assertThat(Ids.isValid("a".repeat(64))).isTrue();
    assertThat(Ids.isValid("a".repeat(65))).isFalse();
    assertThat(Ids.isValid("a".repeat(65), 128)).isTrue();
  }

  @Test
  void saysWhatAnIdMustBeAndQuotesAShortExcerpt() {
    assertThatThrownBy(() -> Ids.require("q 1", "agenda item id"))
        .hasMessage("agenda item id must be 1 to 64 ASCII letters, digits, . _ or - starting with"
            + " a letter or digit, such as q1 or budget.total, but was \"q 1\"");
    assertThatThrownBy(() -> Ids.require(" ".repeat(1000), "record id"))
        .hasMessageEndingWith("\u2026 (1000 characters)\"");
  }
}
