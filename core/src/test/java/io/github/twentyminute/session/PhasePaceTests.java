package io.github.twentyminute.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.plan.PhaseId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PhasePaceTests {
  private static final Duration MINUS_ONE = Duration.ofSeconds(-1);

  private static ImmutablePhasePace.Builder discussion() {
    return PhasePace.builder().phase(PhaseId.DISCUSSION).state(PhasePace.State.CURRENT)
        .planned(Duration.ofMinutes(14)).actual(Duration.ofSeconds(190))
        .allotted(Duration.ofMinutes(14)).offset(Duration.ofMinutes(4));
  }

  @Test
  void showsActualOverAllottedAndThePlannedTime() {
    PhasePace pace = discussion().build();

    assertThat(pace).hasToString("discussion CURRENT 3:10/14:00 (planned 14:00)");
    assertThat(pace.remaining()).isEqualTo(Duration.ofSeconds(650));
  }

  @Test
  void refusesANegativePlannedActualOrOffset() {
    assertThatThrownBy(() -> discussion().planned(MINUS_ONE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phase discussion planned must be zero or positive, but was -0:01 (PT-1S)");
    assertThatThrownBy(() -> discussion().actual(MINUS_ONE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phase discussion actual must be zero or positive, but was -0:01 (PT-1S)");
    assertThatThrownBy(() -> discussion().offset(MINUS_ONE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phase discussion offset must be zero or positive, but was -0:01 (PT-1S)");
  }

  @Test
  void refusesAnAllottedTimeBelowTheActualTime() {
    assertThat(discussion().actual(Duration.ofMinutes(14)).build().remaining()).isZero();
    assertThatThrownBy(() -> discussion().actual(Duration.ofSeconds(841)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phase discussion allotted (14:00) is below its actual time (14:01)");
  }
}
