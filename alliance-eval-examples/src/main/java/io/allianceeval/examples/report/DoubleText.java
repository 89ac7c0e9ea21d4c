package io.allianceeval.examples.report;

import java.math.BigDecimal;

/**
 * A statistic that is a {@code double} — a mean of points lost, a percentage of variation — as the
 * reports print it: its shortest decimal ({@code 1.3333333333333333}, {@code 20}). Points are not
 * statistics: they print through {@link io.allianceeval.model.Points#toString()}.
 */
final class DoubleText {

  private DoubleText() {}

  /** {@code 20.0 -> "20"}, {@code 0.5 -> "0.5"}; a value that is not finite as Java prints it. */
  static String shortest(double value) {
    return Double.isFinite(value) ? exact(value).toPlainString() : Double.toString(value);
  }

  /** The shortest decimal of a finite {@code value}, for JSON numbers. */
  static BigDecimal exact(double value) {
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
