package io.allianceeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Invariants of {@link Points} over values drawn at random. */
class PointsProperties {

  private static final long MAX = 99_999_999_999_999L;

  @Property
  void parseOfToString_isTheSameValue(@ForAll @LongRange(min = -MAX, max = MAX) long h) {
    Points p = Points.ofHundredths(h);
    assertEquals(p, Points.parse(p.toString()));
  }

  @Property
  void toString_neverEndsInAZeroDecimal_andHasAtMostTwoDecimals(
      @ForAll @LongRange(min = -MAX, max = MAX) long h) {
    String s = Points.ofHundredths(h).toString();
    assertFalse(s.contains(".") && s.endsWith("0"), s);
    assertTrue(!s.contains(".") || s.length() - s.indexOf('.') - 1 <= 2, s);
    assertFalse(s.contains("E"), s);
  }

  @Property
  void plusAndMinus_areExactInverses(
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long a,
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long b) {
    Points x = Points.ofHundredths(a);
    Points y = Points.ofHundredths(b);
    assertEquals(x, x.plus(y).minus(y));
    assertEquals(BigDecimal.valueOf(a + b, 2).compareTo(x.plus(y).toBigDecimal()), 0);
    assertEquals(Long.signum(Long.compare(a, b)), Integer.signum(x.compareTo(y)));
  }

  @Property
  void scaled_isTheHalfUpRoundingOfTheExactProduct(
      @ForAll @LongRange(min = 0, max = 100_000) long h,
      @ForAll @LongRange(min = 1, max = 100_000) long from,
      @ForAll @LongRange(min = 1, max = 100_000) long to) {
    BigDecimal exact = BigDecimal.valueOf(h, 2).multiply(BigDecimal.valueOf(to, 2))
        .divide(BigDecimal.valueOf(from, 2), 2, java.math.RoundingMode.HALF_UP);
    assertEquals(Points.of(exact), Points.ofHundredths(h).scaled(Points.ofHundredths(from),
        Points.ofHundredths(to)));
  }
}
