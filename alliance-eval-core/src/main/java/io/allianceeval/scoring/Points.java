package io.allianceeval.scoring;

import java.math.BigDecimal;

/**
 * Exact points: whole hundredths in a {@code long}. Every sum, check and comparison of points in
 * this package is made on these values; a {@code double} is only the public boundary, and the one
 * a method returns is always {@code hundredths / 100.0}, the double nearest the exact decimal, so
 * that {@code Double.toString} and {@code BigDecimal.valueOf} print its exact digits.
 */
final class Points {

  /** Hundredths in one point. */
  static final long ONE = 100;

  /** What {@link #hundredthsOrInvalid} returns for a value that is not a number of hundredths. */
  static final long INVALID = Long.MIN_VALUE;

  private static final double LIMIT = 1e13;

  private Points() {}

  /**
   * The hundredths {@code value} stands for, or {@link #INVALID} if it is not finite, too large,
   * or not the double nearest to a whole number of hundredths ({@code 5.3} is, {@code
   * 5.300000000000001} is not). Exact: no tolerance is involved.
   */
  static long hundredthsOrInvalid(double value) {
    if (!(Math.abs(value) < LIMIT)) {
      return INVALID;
    }
    long h = Math.round(value * ONE);
    return h / (double) ONE == value ? h : INVALID;
  }

  /**
   * The hundredths of a non-negative {@code value} given by a caller.
   *
   * @throws IllegalArgumentException naming {@code what} if the value is negative, not finite or
   *     has more than two decimals
   */
  static long nonNegative(double value, String what) {
    long h = hundredthsOrInvalid(value);
    if (h == INVALID || h < 0) {
      throw new IllegalArgumentException(
          what + " must be a non-negative number with at most two decimals: " + value);
    }
    return h;
  }

  /**
   * The hundredths of a positive {@code value} given by a caller.
   *
   * @throws IllegalArgumentException as {@link #nonNegative}, or if the value is zero
   */
  static long positive(double value, String what) {
    long h = hundredthsOrInvalid(value);
    if (h == INVALID || h <= 0) {
      throw new IllegalArgumentException(
          what + " must be a positive number with at most two decimals: " + value);
    }
    return h;
  }

  /** {@code hundredths} as the nearest double. */
  static double toDouble(long hundredths) {
    return hundredths / (double) ONE;
  }

  /**
   * {@code hundredths × to / from}, rounded half-up to a whole hundredth: a point value scaled
   * from one maximum to another. Exact: {@code from} maps to {@code to}.
   */
  static long scale(long hundredths, long from, long to) {
    return Math.floorDiv(Math.addExact(Math.multiplyExact(Math.multiplyExact(hundredths, to), 2),
        from), Math.multiplyExact(from, 2));
  }

  /** {@code 8000 -> "80"}, {@code 8725 -> "87.25"}, {@code 250 -> "2.5"}, {@code 133 -> "1.33"}. */
  static String format(long hundredths) {
    return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
  }

  /** A double that is a number of hundredths, printed as {@link #format(long)} does. */
  static String format(double points) {
    long h = hundredthsOrInvalid(points);
    return h == INVALID ? Double.toString(points) : format(h);
  }
}
