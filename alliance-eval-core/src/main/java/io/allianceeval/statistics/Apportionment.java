package io.allianceeval.statistics;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a set of shares becomes percentages with two decimals.
 *
 * <ul>
 *   <li>{@link #HALF_UP}: each share on its own, half-up. The four tiers of 2019 give 35.35 +
 *       19.19 + 37.37 + 8.08 = 99.99.
 *   <li>{@link #LARGEST_REMAINDER}: Hamilton's method in hundredths of a percent: each share is
 *       truncated, and the hundredths still missing from the exactly rounded sum go, one each, to
 *       the shares with the largest remainders (ties: the earlier share). A set that covers its
 *       whole sums to exactly 100.00. The four tiers give 35.35 + 19.19 + <b>37.38</b> + 8.08, as
 *       the report prints.
 * </ul>
 *
 * <p>The report also prints the average-tier pilots by batch as 45.45 + 21.21 + <b>33.34</b>; that
 * is not the largest remainder (which gives 45.46 + 21.21 + 33.33) but the last share taken as the
 * residual, {@code 100 − 45.45 − 21.21}: see {@link #residual(List, int)}.
 */
public enum Apportionment {
  /** Each share rounded half-up on its own. */
  HALF_UP {
    @Override
    public List<BigDecimal> percentages(List<Share> shares) {
      checkShares(shares);
      List<BigDecimal> out = new ArrayList<>(shares.size());
      for (Share s : shares) {
        out.add(s.percent());
      }
      return List.copyOf(out);
    }
  },
  /** Largest-remainder (Hamilton) apportionment of hundredths of a percent. */
  LARGEST_REMAINDER {
    @Override
    public List<BigDecimal> percentages(List<Share> shares) {
      checkShares(shares);
      int n = shares.size();
      long[] hundredths = new long[n];
      BigInteger[][] remainders = new BigInteger[n][];
      long truncatedSum = 0;
      for (int i = 0; i < n; i++) {
        Share s = shares.get(i);
        BigInteger[] qr = s.tenThousandthsNumerator().divideAndRemainder(BigInteger.valueOf(s.whole()));
        hundredths[i] = qr[0].longValueExact();
        remainders[i] = new BigInteger[] {qr[1], BigInteger.valueOf(s.whole())};
        truncatedSum += hundredths[i];
      }
      long target = exactSumInHundredths(shares);
      long missing = target - truncatedSum;
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      // largest remainder first; remainders are fractions r/w, compared exactly
      // largest remainder first, remainders r/w compared exactly; ties keep the earlier share
      Comparator<Integer> byRemainder = (i, j) -> remainders[j][0].multiply(remainders[i][1])
          .compareTo(remainders[i][0].multiply(remainders[j][1]));
      order.sort(byRemainder.thenComparing(i -> i));
      for (int k = 0; k < missing; k++) {
        hundredths[order.get(k)]++;
      }
      List<BigDecimal> out = new ArrayList<>(n);
      for (long h : hundredths) {
        out.add(BigDecimal.valueOf(h, 2));
      }
      return List.copyOf(out);
    }
  };

  /**
   * The shares as percentages with two decimals, in the same order.
   *
   * @throws IllegalArgumentException if the list is empty or a share has no percentage
   */
  public abstract List<BigDecimal> percentages(List<Share> shares);

  /**
   * Every share rounded half-up except the one at {@code residualIndex}, which is the exactly
   * rounded sum of the set minus the others — the way the report turns 15, 7, 11 of 33 into
   * 45.45, 21.21 and 33.34.
   *
   * @throws IllegalArgumentException if the list is empty, a share has no percentage, or the index
   *     is out of range
   */
  public static List<BigDecimal> residual(List<Share> shares, int residualIndex) {
    checkShares(shares);
    if (residualIndex < 0 || residualIndex >= shares.size()) {
      throw new IllegalArgumentException(
          "residual index must be from 0 to " + (shares.size() - 1) + ": " + residualIndex);
    }
    List<BigDecimal> out = new ArrayList<>(HALF_UP.percentages(shares));
    BigDecimal others = BigDecimal.ZERO;
    for (int i = 0; i < out.size(); i++) {
      if (i != residualIndex) {
        others = others.add(out.get(i));
      }
    }
    out.set(residualIndex, BigDecimal.valueOf(exactSumInHundredths(shares), 2).subtract(others));
    return List.copyOf(out);
  }

  /** The exact sum of the shares' percentages, rounded half-up to hundredths. */
  private static long exactSumInHundredths(List<Share> shares) {
    // sum of part_i / whole_i * 10000, computed over a common denominator
    BigInteger common = commonWhole(shares);
    BigInteger numerator = BigInteger.ZERO;
    for (Share s : shares) {
      numerator = numerator.add(s.tenThousandthsNumerator().multiply(common.divide(BigInteger.valueOf(s.whole()))));
    }
    return new BigDecimal(numerator).divide(new BigDecimal(common), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  private static BigInteger commonWhole(List<Share> shares) {
    BigInteger lcm = BigInteger.ONE;
    for (Share s : shares) {
      BigInteger w = BigInteger.valueOf(s.whole());
      lcm = lcm.multiply(w).divide(lcm.gcd(w));
    }
    return lcm;
  }

  private static void checkShares(List<Share> shares) {
    requireNonNull(shares, "shares");
    if (shares.isEmpty()) {
      throw new IllegalArgumentException("no shares to apportion");
    }
    for (Share s : shares) {
      if (!requireNonNull(s, "share").isDefined()) {
        throw new IllegalArgumentException("share " + s + " has no percentage");
      }
    }
  }
}
