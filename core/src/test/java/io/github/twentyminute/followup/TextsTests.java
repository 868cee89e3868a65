package io.github.twentyminute.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.twentyminute.plan.Durations;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextsTests {

  @Test
  void formatsLikeDurationsBelowThreeDays() {
    for (long s = 0; s < 3 * 86_400; s += 7) {
      Duration d = Duration.ofSeconds(s, 999_999_999);
      assertThat(Texts.duration(d)).isEqualTo(Durations.format(d));
      assertThat(Texts.duration(d.negated().plusNanos(999_999_999)))
          .isEqualTo(Durations.format(d.negated().plusNanos(999_999_999)));
    }
  }

  @Test
  void formatsDaysFromThreeDaysUp() {
    assertThat(Texts.duration(Duration.ofHours(72))).isEqualTo("3 days");
    assertThat(Texts.duration(Duration.ofHours(71).plusMinutes(59))).isEqualTo("71:59:00");
    assertThat(Texts.duration(Duration.ofDays(14).plusHours(4).plusSeconds(5)))
        .isEqualTo("14 days 4:00:05");
    assertThat(Texts.duration(Duration.ofDays(3).plusSeconds(65))).isEqualTo("3 days 1:05");
    assertThat(Texts.duration(Duration.ofDays(-5))).isEqualTo("-5 days");
    assertThat(Texts.duration(Duration.ofMillis(-1500))).isEqualTo("-0:01");
  }

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
