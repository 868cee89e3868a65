package io.github.twentyminute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTextTests {
  @Test
  void readsEveryDurationAsDurationToStringWritesIt() {
    qt().withExamples(5000).forAll(longs().between(0, 3_000_000_000L),
        integers().between(0, 999_999_999)).checkAssert((seconds, nanos) -> {
          Duration duration = Duration.ofSeconds(seconds, nanos % 3 == 0 ? 0 : nanos);
          assertThat(IsoText.duration(duration.toString())).isEqualTo(duration);
        });
  }

  @Test
  void readsEveryInstantAsInstantToStringWritesIt() {
    qt().withExamples(5000).forAll(longs().between(-62_167_219_200L, 253_402_300_799L),
        integers().between(0, 999_999_999)).checkAssert((seconds, nanos) -> {
          Instant instant = Instant.ofEpochSecond(seconds, nanos % 3 == 0 ? 0 : nanos);
          assertThat(IsoText.instant(instant.toString())).isEqualTo(instant);
        });
  }

  @Test
  void readsTheFormsItDocuments() {
    assertThat(IsoText.duration("P2D")).isEqualTo(Duration.ofDays(2));
    assertThat(IsoText.duration("P1DT2H3M4.5S")).isEqualTo(Duration.parse("P1DT2H3M4.5S"));
    assertThat(IsoText.duration("PT0S")).isEqualTo(Duration.ZERO);
    assertThat(IsoText.duration("PT0.000000001S")).isEqualTo(Duration.ofNanos(1));
    assertThat(IsoText.instant("2026-03-10T15:00:00.5Z"))
        .isEqualTo(Instant.parse("2026-03-10T15:00:00.500Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "P", "PT", "P1", "PT1", "pt1m", "PT-1M", "-PT1M", "PT+1M", "P1DT",
      "PT1M2H", "PT1H1H", "PT1.5M", "PT1.S", "PT.5S", "PT1.0000000001S", "P1W", "PT1S ", " PT1S",
      "PT9999999999999999H", "PT1M1"})
  void refusesOtherDurationText(String text) {
    assertThat(IsoText.duration(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2026-03-10", "2026-03-10T15:00:00", "2026-03-10T15:00Z",
      "2026-02-30T15:00:00Z", "2026-13-10T15:00:00Z", "2026-03-10T24:00:00Z",
      "2026-03-10T15:60:00Z", "2026-03-10T15:00:60Z", "2026-03-10 15:00:00Z",
      "2026-03-10T15:00:00.Z", "2026-03-10T15:00:00.1234567890Z", "2026-03-10T15:00:00+01:00",
      "+2026-03-10T15:00:00Z", "2026-03-1xT15:00:00Z", "2026-03-10t15:00:00z"})
  void refusesOtherInstantText(String text) {
    assertThat(IsoText.instant(text)).isNull();
  }
}
