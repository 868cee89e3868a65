package io.github.twentyminute.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.twentyminute.internal.TimeAllocation.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAllocationTests {
  private static final List<Role> BOOK = List.of(Role.OTHER, Role.OTHER, Role.ABSORBS_OVERRUNS,
      Role.KEEPS_ITS_TIME);

  /** Phases with fixed rooms that record what they were given. */
  private static class Phases implements TimeAllocation.Taker {
    final long[] room;
    final List<String> given = new ArrayList<>();

    Phases(long... room) {
      this.room = room;
    }

    @Override
    public Duration room(int phase) {
      return Duration.ofSeconds(room[phase]);
    }

    @Override
    public Duration take(int phase, Duration amount) {
      given.add(phase + "+" + amount.getSeconds());
      return amount;
    }
  }

  @Test
  void absorbingPhasesGiveFirstThenTheOthersAndProtectedOnesOnlyIfAllowed() {
    assertThat(TimeAllocation.of(BOOK, false).tiers())
        .containsExactly(List.of(2), List.of(0, 1));
    assertThat(TimeAllocation.of(BOOK, true).tiers())
        .containsExactly(List.of(2), List.of(0, 1), List.of(3));
    assertThat(TimeAllocation.of(BOOK, false).tiers(p -> p < 2)).containsExactly(List.of(0, 1));
    assertThat(TimeAllocation.of(BOOK, false).mayChange(3)).isFalse();
    assertThat(TimeAllocation.of(BOOK, true).mayChange(3)).isTrue();
    assertThat(TimeAllocation.of(BOOK, false).role(2)).isEqualTo(Role.ABSORBS_OVERRUNS);
  }

  @Test
  void timeLeftGoesTierByTierInPlanOrderUpToEachRoom() {
    Phases phases = new Phases(30, 50, 60, 100);

    Duration left = TimeAllocation.of(BOOK, false).giveOut(Duration.ofSeconds(100), phases);

    assertThat(phases.given).containsExactly("2+60", "0+30", "1+10");
    assertThat(left).isZero();
  }

  @Test
  void whatNoPhaseTakesIsLeft() {
    Phases phases = new Phases(0, 5, 10, 100) {
      @Override
      public Duration take(int phase, Duration amount) {
        super.take(phase, amount);
        return phase == 2 ? Duration.ZERO : amount;
      }
    };

    Duration left = TimeAllocation.of(BOOK, false).giveOut(Duration.ofSeconds(40), phases);

    assertThat(phases.given).containsExactly("2+10", "1+5");
    assertThat(left).isEqualTo(Duration.ofSeconds(35));
    assertThatThrownBy(() -> TimeAllocation.of(BOOK, false).giveOut(Duration.ofSeconds(-1), phases))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TimeAllocation.of(BOOK, true)).hasToString(
        "TimeAllocation[OTHER, OTHER, ABSORBS_OVERRUNS, KEEPS_ITS_TIME], protected phases may change");
  }
}
