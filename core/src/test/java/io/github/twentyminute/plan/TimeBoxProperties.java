package io.github.twentyminute.plan;

import static io.github.twentyminute.plan.PlanGenerators.anyNonNegative;
import static io.github.twentyminute.plan.PlanGenerators.timeBoxes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** No time box operation yields a negative duration, for any valid box and any duration. */
class TimeBoxProperties {
  @Test
  void spanIsNeverNegative() {
    qt().forAll(timeBoxes(anyNonNegative())).checkAssert(box -> {
      assertThat(box.span()).isGreaterThanOrEqualTo(Duration.ZERO);
      assertThat(box.min().plus(box.span())).isEqualTo(box.max());
    });
  }

  @Test
  void overrunIsNeverNegativeAndIsTheTimePastTheMax() {
    qt().forAll(timeBoxes(anyNonNegative()), anyNonNegative()).checkAssert((box, actual) -> {
      Duration overrun = box.overrun(actual);
      assertThat(overrun).isGreaterThanOrEqualTo(Duration.ZERO);
      if (actual.compareTo(box.max()) > 0) {
        assertThat(box.max().plus(overrun)).isEqualTo(actual);
      } else {
        assertThat(overrun).isZero();
      }
    });
  }

  @Test
  void shortfallIsNeverNegativeAndIsTheTimeMissingToTheMin() {
    qt().forAll(timeBoxes(anyNonNegative()), anyNonNegative()).checkAssert((box, actual) -> {
      Duration shortfall = box.shortfall(actual);
      assertThat(shortfall).isGreaterThanOrEqualTo(Duration.ZERO);
      if (actual.compareTo(box.min()) < 0) {
        assertThat(actual.plus(shortfall)).isEqualTo(box.min());
      } else {
        assertThat(shortfall).isZero();
      }
    });
  }

  @Test
  void clampIsNeverNegativeAndLiesInTheBox() {
    qt().forAll(timeBoxes(anyNonNegative()), anyNonNegative()).checkAssert((box, actual) -> {
      Duration clamped = box.clamp(actual);
      assertThat(clamped).isGreaterThanOrEqualTo(Duration.ZERO);
      assertThat(box.contains(clamped)).isTrue();
      assertThat(clamped.equals(actual)).isEqualTo(box.contains(actual));
    });
  }

  @Test
  void aDurationIsNeverBothOverAndShort() {
    qt().forAll(timeBoxes(anyNonNegative()), anyNonNegative()).checkAssert((box, actual) -> {
      boolean over = !box.overrun(actual).isZero();
      boolean shortOfMin = !box.shortfall(actual).isZero();
      assertThat(over && shortOfMin).isFalse();
      assertThat(!over && !shortOfMin).isEqualTo(box.contains(actual));
    });
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    qt().forAll(timeBoxes(anyNonNegative()))
        .checkAssert(box -> assertThat(TimeBox.parse(box.toString())).isEqualTo(box));
  }
}
