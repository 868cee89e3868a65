package io.github.twentyminute.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * The one home of sharing an amount out in proportion to weights: the largest-remainder method,
 * ties going to the earlier index. The follow-up score shares points among tasks with it, and
 * the fitter and the pacer share time among phases and items.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Shares {
  private Shares() {}

  /**
   * Shares out an amount in proportion to weights, so that the shares add up to exactly the
   * amount and each differs from its exact proportion by less than one.
   *
   * @param weights the weights, each zero or positive, adding up to more than zero; not null
   * @param amount the amount to share out, zero or positive
   * @return the shares, one per weight, adding up to exactly {@code amount}
   * @throws IllegalArgumentException if a weight is negative, they add up to zero (or there
   *     are none), or the amount is negative
   * @throws ArithmeticException if the weights add up beyond {@code Long.MAX_VALUE}
   */
  public static long[] largestRemainder(long[] weights, long amount) {
    Objects.requireNonNull(weights, "weights");
    if (amount < 0) {
      throw new IllegalArgumentException("amount to share must be zero or positive, but was "
          + amount);
    }
    long total = 0;
    for (long w : weights) {
      if (w < 0) {
        throw new IllegalArgumentException("weights must be zero or positive, but one was " + w);
      }
      total = Math.addExact(total, w);
    }
    if (total == 0) {
      throw new IllegalArgumentException("cannot share " + amount + " among "
          + weights.length + " weights adding up to zero");
    }
    long[] shares = new long[weights.length];
    long[] remainders = new long[weights.length];
    long given = 0;
    BigInteger whole = BigInteger.valueOf(total);
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] qr = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weights[i]))
          .divideAndRemainder(whole);
      shares[i] = qr[0].longValueExact();
      remainders[i] = qr[1].longValueExact();
      given += shares[i];
    }
    long left = amount - given; // fewer than weights.length, each remainder is below total
    if (left > 0) {
      Integer[] order = new Integer[weights.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingLong((Integer i) -> remainders[i]).reversed()
          .thenComparingInt(i -> i));
      for (int k = 0; k < left; k++) {
        shares[order[k]]++;
      }
    }
    return shares;
  }
}
