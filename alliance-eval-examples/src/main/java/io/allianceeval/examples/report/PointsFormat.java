package io.allianceeval.examples.report;

import java.math.BigDecimal;

/**
 * Points as every output prints them — text, Markdown, HTML, CSV and JSON alike: the exact decimal
 * with no trailing zeros ({@code 80}, {@code 84.5}, {@code 2.65}). The core's points are exact at
 * 0.01 and every double it returns is the one nearest such a number, whose shortest decimal form is
 * that number.
 */
public final class PointsFormat {

  private PointsFormat() {}

  /** {@code 80.0 -> "80"}, {@code 84.5 -> "84.5"}, {@code 5.3 -> "5.3"}. */
  public static String format(double points) {
    if (!Double.isFinite(points)) {
      return Double.toString(points);
    }
    return BigDecimal.valueOf(points).stripTrailingZeros().toPlainString();
  }

  /** The exact decimal, for JSON numbers: {@code 5.3 -> 5.3}, {@code 80.0 -> 80}. */
  public static BigDecimal exact(double points) {
    BigDecimal d = BigDecimal.valueOf(points).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
