package io.github.twentyminute.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SharesProperties {
  @Test
  void sharesAddUpAndEachIsWithinOneOfItsExactProportion() {
    qt().forAll(lists().of(longs().between(0, 1_000_000_000_000L)).ofSizeBetween(1, 12)
                .map(list -> list.stream().mapToLong(Long::longValue).toArray()),
            longs().between(0, Long.MAX_VALUE / 2))
        .assuming((weights, amount) -> Arrays.stream(weights).sum() > 0)
        .checkAssert((weights, amount) -> {
          long[] shares = Shares.largestRemainder(weights, amount);
          long total = Arrays.stream(weights).sum();
          assertThat(Arrays.stream(shares).sum()).isEqualTo(amount);
          for (int i = 0; i < weights.length; i++) {
            BigInteger exactTimesTotal = BigInteger.valueOf(amount)
                .multiply(BigInteger.valueOf(weights[i]));
            BigInteger shareTimesTotal = BigInteger.valueOf(shares[i])
                .multiply(BigInteger.valueOf(total));
            assertThat(exactTimesTotal.subtract(shareTimesTotal).abs())
                .isLessThan(BigInteger.valueOf(total));
          }
        });
  }

  @Test
  void tiesGoToTheEarlierIndex() {
    assertThat(Shares.largestRemainder(new long[] {1, 1, 1}, 2)).containsExactly(1, 1, 0);
    assertThat(Shares.largestRemainder(new long[] {0, 3, 1}, 5)).containsExactly(0, 4, 1);
  }

  @Test
  void refusesWeightsThatCannotShare() {
    assertThatThrownBy(() -> Shares.largestRemainder(new long[0], 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shares.largestRemainder(new long[] {0, 0}, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shares.largestRemainder(new long[] {-1, 2}, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shares.largestRemainder(new long[] {1}, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Shares.largestRemainder(new long[] {Long.MAX_VALUE, 1}, 1))
        .isInstanceOf(ArithmeticException.class);
  }
}
