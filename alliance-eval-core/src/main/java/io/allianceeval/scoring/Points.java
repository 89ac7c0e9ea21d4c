package io.allianceeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting of points for people: whole points without decimals, others with at most two. */
public final class Points {

  private Points() {}

  /** {@code 80.0 -> "80"}, {@code 87.25 -> "87.25"}, {@code 2.5 -> "2.5"}, {@code 1/3 -> "0.33"}. */
  public static String format(double points) {
    if (!Double.isFinite(points)) {
      return Double.toString(points);
    }
    if (points == Math.rint(points) && Math.abs(points) < 1e15) {
      return Long.toString((long) points);
    }
    return BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }
}
