package io.github.twentyminute.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTests {
  @Test
  void formatsMinutesSecondsAndHours() {
    assertThat(Durations.format(Duration.ofSeconds(725))).isEqualTo("12:05");
    assertThat(Durations.format(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
    assertThat(Durations.format(Duration.ofSeconds(-30))).isEqualTo("-0:30");
  }

  @Test
  void truncatesSubSecondPartsTowardZero() {
    assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("0:01");
    assertThat(Durations.format(Duration.ofMillis(-1500))).isEqualTo("-0:01");
    assertThat(Durations.format(Duration.ofMillis(-61_999))).isEqualTo("-1:01");
  }
}
