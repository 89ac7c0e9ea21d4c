package io.allianceeval.examples.report;

import java.math.BigDecimal;

/**
 * A statistic that is a {@code double} — a mean of points lost, a percentage of variation, an
 * index, a bias — as the reports and pages print it: its shortest decimal ({@code
 * 1.3333333333333333}, {@code 20}), or two decimals ({@code 0.25}, {@code +1.25}). Points are not
 * statistics: they print through {@link io.allianceeval.model.Points#toString()}.
 */
public final class DoubleText {

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

  /** Two decimals, half-up: {@code 0.25}, {@code -1.70}; {@code —} when not a number. */
  public static String two(double value) {
    return Double.isFinite(value)
        ? String.format(java.util.Locale.ROOT, "%.2f", value + 0.0) : "—";
  }

  /** Two decimals with the sign: {@code +1.25}, {@code -6.00}; {@code —} when not a number. */
  public static String signed(double value) {
    return Double.isFinite(value)
        ? String.format(java.util.Locale.ROOT, "%+.2f", value + 0.0) : "—";
  }
}
