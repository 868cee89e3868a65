package io.github.twentyminute.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GroupLimitTests {
  @Test
  void namesItsPhasesInOrder() {
    GroupLimit limit =
        GroupLimit.of(Duration.ofMinutes(4), PhaseId.INTRODUCTION, PhaseId.OVERVIEW);

    assertThat(limit.phases()).containsExactly(PhaseId.INTRODUCTION, PhaseId.OVERVIEW);
    assertThat(limit.max()).isEqualTo(Duration.ofMinutes(4));
    assertThat(limit.name()).isEqualTo("introduction + overview");
    assertThat(limit.toString()).isEqualTo("introduction + overview <= 4:00");
  }

  @Test
  void acceptsAZeroLimit() {
    assertThat(GroupLimit.of(Duration.ZERO, PhaseId.ENDING).toString()).isEqualTo("ending <= 0:00");
  }

  @Test
  void rejectsANegativeMax() {
    assertThatThrownBy(() -> GroupLimit.of(Duration.ofMinutes(-1), PhaseId.INTRODUCTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group limit max must be zero or positive, but was -1:00 (PT-1M)");
  }

  @Test
  void rejectsNoPhases() {
    assertThatThrownBy(() -> GroupLimit.of(Duration.ofMinutes(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group limit must name at least one phase, but named none");
  }

  @Test
  void rejectsARepeatedPhaseNamingIt() {
    assertThatThrownBy(() -> GroupLimit.of(Duration.ofMinutes(4),
        PhaseId.INTRODUCTION, PhaseId.OVERVIEW, PhaseId.INTRODUCTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group limit introduction + overview + introduction names phase introduction"
            + " twice; each phase may appear once");
  }
}
