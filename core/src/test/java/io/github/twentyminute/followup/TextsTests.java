package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTests {

  @Test
  void roundsSharesHalfUp() {
    assertThat(Texts.shareOf(25, 1, 2)).isEqualTo(13);
    assertThat(Texts.shareOf(25, 1, 3)).isEqualTo(8);
    assertThat(Texts.shareOf(20, 280, 400)).isEqualTo(14);
    assertThat(Texts.shareOf(10, 0, 7)).isZero();
    assertThat(Texts.points(1, 1)).isEqualTo("1 of 1 point");
    assertThat(Texts.points(0, 2)).isEqualTo("0 of 2 points");
  }
}
