package io.github.twentyminute.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomnessTests {

  @Test
  void sameSeedGivesSameNumbers() {
    assertThat(draws(Randomness.seeded(42))).isEqualTo(draws(Randomness.seeded(42)));
    assertThat(draws(Randomness.seeded(42))).isNotEqualTo(draws(Randomness.seeded(43)));
  }

  @Test
  void adaptsAnyRandomGenerator() {
    assertThat(draws(Randomness.of(new SplittableRandom(7))))
        .isEqualTo(draws(Randomness.seeded(7)));
  }

  @Test
  void staysWithinBothBoundsAndReachesThem() {
    Randomness randomness = Randomness.seeded(1);
    boolean sawMin = false;
    boolean sawMax = false;
    for (int i = 0; i < 1000; i++) {
      int n = randomness.between(-2, 2);
      assertThat(n).isBetween(-2, 2);
      sawMin |= n == -2;
      sawMax |= n == 2;
    }
    assertThat(sawMin).isTrue();
    assertThat(sawMax).isTrue();
    assertThat(randomness.between(5, 5)).isEqualTo(5);
    assertThat(randomness.between(Integer.MIN_VALUE, Integer.MAX_VALUE)).isNotNull();
  }

  @Test
  void rejectsUpperBoundBelowLowerBound() {
    assertThatThrownBy(() -> Randomness.seeded(1).between(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("range upper bound (2) is below its lower bound (3)");
    assertThatThrownBy(() -> Randomness.simplest().between(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("range upper bound (2) is below its lower bound (3)");
  }

  @Test
  void simplestAlwaysTakesTheLowerBound() {
    Randomness simplest = Randomness.simplest();
    assertThat(simplest.between(3, 9)).isEqualTo(3);
    assertThat(simplest.nextBoolean()).isFalse();
    assertThat(simplest.chance(99)).isFalse();
    assertThat(simplest.oneOf(List.of("a", "b"))).isEqualTo("a");
  }

  @Test
  void chanceOfHundredIsAlwaysTrueAndZeroNeverTrue() {
    Randomness randomness = Randomness.seeded(3);
    for (int i = 0; i < 200; i++) {
      assertThat(randomness.chance(100)).isTrue();
      assertThat(randomness.chance(0)).isFalse();
    }
    assertThatThrownBy(() -> randomness.chance(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chance must be a percentage from 0 to 100, but was 101");
  }

  @Test
  void oneOfRejectsAnEmptyList() {
    assertThatThrownBy(() -> Randomness.seeded(1).oneOf(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot choose one of an empty list");
  }

  private static List<Integer> draws(Randomness randomness) {
    List<Integer> draws = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      draws.add(randomness.between(0, 1_000_000));
    }
    return draws;
  }
}
