package io.allianceeval.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact points of the review: {@link BigDecimal}s at a resolution of 0.01, like every point in the
 * library. Entered points, decided scores and thresholds must have at most two decimals; round
 * scores, severities and final scores are rounded half-up to 0.01, as {@link PanelReview}
 * documents.
 */
final class ReviewPoints {

  static final int SCALE = 2;

  private ReviewPoints() {}

  /** {@code value} exactly, or null if it is not finite or has more than two decimals. */
  static BigDecimal exactOrNull(double value) {
    if (!Double.isFinite(value)) {
      return null;
    }
    BigDecimal d = BigDecimal.valueOf(value);
    return d.stripTrailingZeros().scale() > SCALE ? null : d.setScale(SCALE);
  }

  /**
   * {@code value} exactly.
   *
   * @throws IllegalArgumentException naming {@code what} if it is not finite or has more than two
   *     decimals
   */
  static BigDecimal exact(double value, String what) {
    BigDecimal d = exactOrNull(value);
    if (d == null) {
      throw new IllegalArgumentException(what + " must be a number with at most two decimals: "
          + value);
    }
    return d;
  }

  /** {@code value} rounded half-up to the resolution. */
  static BigDecimal round(BigDecimal value) {
    return value.setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** {@code 80.00 -> "80"}, {@code 84.50 -> "84.5"}. */
  static String format(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** A double that is a number of hundredths, printed as {@link #format(BigDecimal)} does. */
  static String format(double value) {
    return Double.isFinite(value) ? format(BigDecimal.valueOf(value)) : Double.toString(value);
  }
}
