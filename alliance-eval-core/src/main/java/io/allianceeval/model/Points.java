package io.allianceeval.model;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * An exact number of points (分) at the library's one resolution, a hundredth of a point: {@code 5},
 * {@code 2.5}, {@code 1.33}, {@code 87.25}. Every point in the library — an indicator's maximum, a
 * policy's points, a total, a tier bound, an expert's mark, a decided score — is a {@code Points}, in
 * the manner of {@link java.time.Duration}: a value with arithmetic, comparison and one printed form.
 *
 * <p><b>At most two decimals.</b> {@link #parse} and {@link #of(BigDecimal)} are the one place that
 * says so: a value with a third decimal is refused with the message {@code "points must have at most
 * two decimals: 5.333"}, never rounded. Arithmetic ({@link #plus}, {@link #minus}) is exact; where a
 * result must be rounded (a mean, a rescaled ladder step) the method says how.
 *
 * <p>{@link #toString()} prints the shortest exact form: {@code 5.3}, never {@code 5.30} or {@code
 * 5.300000000000001}; {@code 80}, never {@code 80.0}. Every output of the library prints points this
 * way.
 *
 * <p>Immutable, thread-safe and comparable; equal when the hundredths are equal ({@code
 * parse("5.30")} equals {@code parse("5.3")}). May be negative (a severity, a difference).
 * Hand-written rather than a record: the factories are the only ways in (a record's constructor
 * would be another, taking hundredths), and the whole points 0–100 are shared instances.
 */
public final class Points implements Comparable<Points>, Serializable {

  private static final long serialVersionUID = 1L;

  /** Hundredths in one point: the resolution. */
  private static final long ONE = 100;

  /** Beyond ±10¹³ points a value is refused, so that sums of millions of them cannot overflow. */
  private static final long LIMIT = 1_000_000_000_000_000L;

  private static final Points[] WHOLE = new Points[101];

  static {
    for (int i = 0; i < WHOLE.length; i++) {
      WHOLE[i] = new Points(i * ONE);
    }
  }

  /** No points. */
  public static final Points ZERO = WHOLE[0];

  private final long hundredths;

  private Points(long hundredths) {
    this.hundredths = hundredths;
  }

  /** {@code points} whole points: {@code of(5)} is 5. */
  public static Points of(int points) {
    return ofHundredths(points * ONE);
  }

  /**
   * {@code hundredths} hundredths of a point: {@code ofHundredths(133)} is 1.33.
   *
   * @throws IllegalArgumentException if the magnitude exceeds 10¹³ points
   */
  public static Points ofHundredths(long hundredths) {
    if (hundredths >= 0 && hundredths < WHOLE.length * ONE && hundredths % ONE == 0) {
      return WHOLE[(int) (hundredths / ONE)];
    }
    if (hundredths >= LIMIT || hundredths <= -LIMIT) {
      throw new IllegalArgumentException("points must be within ±10^13: " + hundredths / ONE);
    }
    return new Points(hundredths);
  }

  /**
   * {@code value} exactly.
   *
   * @throws IllegalArgumentException if it has more than two decimals ({@code 5.333}) or its
   *     magnitude exceeds 10¹³ points
   */
  public static Points of(BigDecimal value) {
    requireNonNull(value, "value");
    BigDecimal h = value.movePointRight(2);
    BigDecimal whole = h.setScale(0, RoundingMode.DOWN);
    if (h.compareTo(whole) != 0) {
      throw new IllegalArgumentException(
          "points must have at most two decimals: " + shorten(value.toPlainString()));
    }
    if (whole.abs().compareTo(BigDecimal.valueOf(LIMIT)) >= 0) {
      throw new IllegalArgumentException(
          "points must be within ±10^13: " + shorten(value.toPlainString()));
    }
    return ofHundredths(whole.longValueExact());
  }

  /**
   * The points {@code text} writes as a decimal number: {@code "5"}, {@code "5.3"}, {@code
   * "-0.25"}, {@code "80.00"}. Surrounding blanks are ignored; an exponent ({@code 1e2}) is read.
   *
   * @throws IllegalArgumentException if the text is not a number ({@code "five: expected a number
   *     of points such as 5 or 2.5"}), has more than two decimals, or is out of range; the message
   *     quotes the text, cut to 200 characters
   */
  public static Points parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    BigDecimal value;
    try {
      if (s.isEmpty() || s.length() > 400) {
        throw new NumberFormatException();
      }
      value = new BigDecimal(s);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "expected a number of points such as 5 or 2.5: '" + shorten(s) + "'");
    }
    return of(value);
  }

  /**
   * The points nearest to {@code value}, halves rounded away from zero (half-up): {@code
   * 80.666…} is 80.67, {@code 84.005} is 84.01. For means and rescaled values, which need not be
   * whole hundredths.
   */
  public static Points roundHalfUp(BigDecimal value) {
    requireNonNull(value, "value");
    return of(value.setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * The mean of {@code values}, rounded half-up to a hundredth: {@code mean(80, 81, 81)} is 80.67.
   *
   * @throws IllegalArgumentException if {@code values} is empty
   */
  public static Points mean(Collection<Points> values) {
    requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("the mean of no points is undefined");
    }
    long sum = 0;
    for (Points p : values) {
      sum = Math.addExact(sum, p.hundredths);
    }
    return of(BigDecimal.valueOf(sum, 2)
        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP));
  }

  /** The sum of this and {@code other}, exact. */
  public Points plus(Points other) {
    return ofHundredths(Math.addExact(hundredths, other.hundredths));
  }

  /** This minus {@code other}, exact. */
  public Points minus(Points other) {
    return ofHundredths(Math.subtractExact(hundredths, other.hundredths));
  }

  /** The magnitude: {@code -2.5} gives 2.5. */
  public Points abs() {
    return hundredths < 0 ? ofHundredths(-hundredths) : this;
  }

  /**
   * This value moved from the scale {@code from} to the scale {@code to} — {@code this × to /
   * from} — rounded half-up to a hundredth: 1 of 4 rescaled to 5.3 is 1.33, and {@code from} itself
   * becomes exactly {@code to}. How a reweighted indicator scales its policy's points.
   *
   * @throws IllegalArgumentException if {@code from} is not positive
   */
  public Points scaled(Points from, Points to) {
    requireNonNull(to, "to");
    if (from.hundredths <= 0) {
      throw new IllegalArgumentException("scale must be positive: " + from);
    }
    long n = Math.multiplyExact(Math.abs(hundredths), to.hundredths);
    // half-up on the exact quotient n / from (both in hundredths), away from zero for negatives
    long h = Math.floorDiv(Math.addExact(Math.multiplyExact(n, 2), from.hundredths),
        Math.multiplyExact(from.hundredths, 2));
    return ofHundredths(hundredths < 0 ? -h : h);
  }

  /** Whether this is less than zero. */
  public boolean isNegative() {
    return hundredths < 0;
  }

  /** Whether this is zero. */
  public boolean isZero() {
    return hundredths == 0;
  }

  /** Whether this is greater than zero. */
  public boolean isPositive() {
    return hundredths > 0;
  }

  /** The value in hundredths of a point: 1.33 gives 133. */
  public long toHundredths() {
    return hundredths;
  }

  /** The value as a decimal with no trailing zeros: {@code 5.3}, {@code 80}. */
  public BigDecimal toBigDecimal() {
    BigDecimal d = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** The double nearest to the value: for statistics and charts, never for points again. */
  public double toDouble() {
    return hundredths / (double) ONE;
  }

  /**
   * The value as a whole number of points if it is one.
   *
   * @throws ArithmeticException if it has decimals
   */
  public int toIntExact() {
    if (hundredths % ONE != 0) {
      throw new ArithmeticException("not a whole number of points: " + this);
    }
    return Math.toIntExact(hundredths / ONE);
  }

  /** The greater of this and {@code other}. */
  public Points max(Points other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** The lesser of this and {@code other}. */
  public Points min(Points other) {
    return compareTo(other) <= 0 ? this : other;
  }

  @Override
  public int compareTo(Points other) {
    return Long.compare(hundredths, other.hundredths);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Points && ((Points) o).hundredths == hundredths;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(hundredths);
  }

  /** The shortest exact decimal: {@code 5.3}, {@code 80}, {@code -0.25}, {@code 1.33}. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }

  private static String shorten(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  private Object readResolve() {
    return ofHundredths(hundredths);
  }
}
