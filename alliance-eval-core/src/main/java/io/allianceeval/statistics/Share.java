package io.allianceeval.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact share {@code part / whole} of whole things (alliances): 35 of 99. Shown as a percentage
 * with two decimals, rounded half-up by default (35.35%). Kept as the two counts, so sums and
 * apportionments are exact.
 *
 * <p>A share of nothing ({@code whole == 0}) exists but has no percentage. Equal when part and
 * whole are equal (35/99 is not 70/198).
 *
 * @param part the counted part: 35
 * @param whole the whole it is a share of: 99
 */
public record Share(long part, long whole) implements Comparable<Share> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The share {@code part / whole}: the counted part (35) of the whole (99).
   *
   * @throws IllegalArgumentException if either is negative or {@code part > whole}
   */
  public Share {
    if (part < 0 || whole < 0 || part > whole) {
      throw new IllegalArgumentException(
          "share needs 0 <= part <= whole: " + part + "/" + whole);
    }
  }

  /**
   * The share {@code part / whole}.
   *
   * @throws IllegalArgumentException if either is negative or {@code part > whole}
   */
  public static Share of(long part, long whole) {
    return new Share(part, whole);
  }

  /** Whether the share has a percentage, that is, the whole is not 0. */
  public boolean isDefined() {
    return whole != 0;
  }

  /** The exact percentage to {@code scale} decimals, rounded with {@code rounding}. */
  public BigDecimal percent(int scale, RoundingMode rounding) {
    checkDefined();
    return BigDecimal.valueOf(part).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(whole), scale, rounding);
  }

  /** The percentage with two decimals, rounded half-up: 35/99 → 35.35. */
  public BigDecimal percent() {
    return percent(2, RoundingMode.HALF_UP);
  }

  /** The ratio as a double, for charts: 35/99 → 0.3535…. */
  public double ratio() {
    checkDefined();
    return (double) part / whole;
  }

  /** The percentage in hundredths of a percent, exactly: a numerator over {@link #whole()}. */
  BigInteger tenThousandthsNumerator() {
    return BigInteger.valueOf(part).multiply(BigInteger.valueOf(10_000));
  }

  private void checkDefined() {
    if (whole == 0) {
      throw new IllegalStateException("share " + part + "/0 has no percentage");
    }
  }

  /** Compares by value (35/99 &lt; 1/2); equal values of different wholes compare as equal. */
  @Override
  public int compareTo(Share other) {
    return BigInteger.valueOf(part).multiply(BigInteger.valueOf(other.whole))
        .compareTo(BigInteger.valueOf(other.part).multiply(BigInteger.valueOf(whole)));
  }

  /** {@code "35/99 (35.35%)"}, or {@code "0/0"}. */
  @Override
  public String toString() {
    return part + "/" + whole + (whole == 0 ? "" : " (" + percent().toPlainString() + "%)");
  }
}
