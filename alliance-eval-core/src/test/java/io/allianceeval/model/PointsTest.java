package io.allianceeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Points}: exact hundredths, one rule for decimals, one printed form. */
class PointsTest {

  @ParameterizedTest(name = "{0} prints {1}")
  @CsvSource({"5, 5", "5.3, 5.3", "5.30, 5.3", "5.300, 5.3", "80.00, 80", "0.01, 0.01",
      "-0.25, -0.25", "1e2, 100", "' 2.5 ', 2.5", "0, 0", "-0, 0", "100, 100"})
  void parse_readsADecimal_andToStringPrintsTheShortestExactForm(String text, String printed) {
    assertEquals(printed, Points.parse(text).toString());
  }

  @Test
  void parse_refusesAThirdDecimal_namingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Points.parse("5.333"));
    assertEquals("points must have at most two decimals: 5.333", e.getMessage());
    // a trailing zero is not a third decimal
    assertEquals(Points.parse("5.33"), Points.parse("5.330"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "five", "5,3", "NaN", "Infinity", "--1", "5.3.1"})
  void parse_refusesWhatIsNotANumber_quotingIt(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Points.parse(text));
    assertEquals("expected a number of points such as 5 or 2.5: '" + text + "'", e.getMessage());
  }

  @Test
  void parse_cutsALongInputInItsMessage() {
    String huge = "1".repeat(5000);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Points.parse(huge));
    assertTrue(e.getMessage().length() < 300, e.getMessage());
    assertTrue(e.getMessage().endsWith("…'"), e.getMessage());
  }

  @Test
  void magnitudeBeyondTenToTheThirteen_isRefused() {
    assertEquals("9999999999999.99", Points.parse("9999999999999.99").toString());
    assertThrows(IllegalArgumentException.class, () -> Points.parse("10000000000000"));
    assertThrows(IllegalArgumentException.class, () -> Points.ofHundredths(Long.MAX_VALUE));
  }

  @Test
  void arithmetic_isExact() {
    Points tenth = Points.parse("0.1");
    Points sum = Points.ZERO;
    for (int i = 0; i < 3; i++) {
      sum = sum.plus(tenth);
    }
    assertEquals(Points.parse("0.3"), sum, "0.1 + 0.1 + 0.1 is 0.3, not 0.30000000000000004");
    assertEquals(Points.parse("-0.2"), Points.parse("0.1").minus(Points.parse("0.3")));
    assertEquals(Points.parse("0.2"), Points.parse("-0.2").abs());
    assertEquals(Points.of(5), Points.of(5).abs());
    assertEquals(530, Points.parse("5.3").toHundredths());
    assertEquals(Points.parse("1.33"), Points.ofHundredths(133));
  }

  @Test
  void comparison_andSigns() {
    assertTrue(Points.parse("84.49").compareTo(Points.parse("84.5")) < 0);
    assertTrue(Points.of(85).compareTo(Points.parse("84.99")) > 0);
    assertEquals(0, Points.parse("80.0").compareTo(Points.of(80)));
    assertEquals(Points.of(3), Points.of(3).max(Points.of(2)));
    assertEquals(Points.of(2), Points.of(3).min(Points.of(2)));
    assertTrue(Points.parse("-0.01").isNegative());
    assertFalse(Points.ZERO.isNegative());
    assertTrue(Points.ZERO.isZero());
    assertTrue(Points.parse("0.01").isPositive());
    assertFalse(Points.ZERO.isPositive());
  }

  @Test
  void scaled_roundsHalfUpToAHundredth_andMapsTheOldScaleExactlyOntoTheNew() {
    Points four = Points.of(4);
    Points to = Points.parse("5.3");
    assertEquals(Points.parse("1.33"), Points.of(1).scaled(four, to), "1.325 -> 1.33");
    assertEquals(Points.parse("2.65"), Points.of(2).scaled(four, to));
    assertEquals(to, four.scaled(four, to));
    assertEquals(Points.ZERO, Points.ZERO.scaled(four, to));
    assertEquals(Points.parse("-1.33"), Points.of(-1).scaled(four, to), "half away from zero");
    assertThrows(IllegalArgumentException.class, () -> four.scaled(Points.ZERO, to));
  }

  @Test
  void mean_andRoundHalfUp() {
    assertEquals(Points.parse("80.67"), Points.mean(List.of(Points.of(80), Points.of(81),
        Points.of(81))));
    assertEquals(Points.parse("0.01"), Points.mean(List.of(Points.ZERO, Points.parse("0.01"))));
    assertEquals(Points.parse("-0.01"), Points.mean(List.of(Points.ZERO, Points.parse("-0.01"))));
    assertThrows(IllegalArgumentException.class, () -> Points.mean(List.of()));
    assertEquals(Points.parse("84.01"), Points.roundHalfUp(new BigDecimal("84.005")));
    assertEquals(Points.parse("84"), Points.roundHalfUp(new BigDecimal("84.00499999")));
  }

  @Test
  void conversions() {
    assertEquals(new BigDecimal("5.3"), Points.parse("5.30").toBigDecimal());
    assertEquals(new BigDecimal("80"), Points.parse("80.00").toBigDecimal());
    assertEquals(0, Points.parse("80.00").toBigDecimal().scale());
    assertEquals(5.3, Points.parse("5.3").toDouble());
    assertEquals(85, Points.of(85).toIntExact());
    assertThrows(ArithmeticException.class, () -> Points.parse("84.5").toIntExact());
    assertEquals(Points.parse("5.3"), Points.of(new BigDecimal("5.300")));
    assertThrows(IllegalArgumentException.class, () -> Points.of(new BigDecimal("5.301")));
  }

  @Test
  void equalsByValue_andNulls() {
    new EqualsTester()
        .addEqualityGroup(Points.of(5), Points.parse("5.00"), Points.ofHundredths(500),
            Points.of(new BigDecimal("5.0")))
        .addEqualityGroup(Points.parse("5.01"))
        .addEqualityGroup(Points.parse("-5"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Points.class);
    new NullPointerTester().testAllPublicInstanceMethods(Points.of(1));
  }

  @Test
  void theSharedWholePoints_andTheirNeighbours_areTheSameValues() {
    for (long h : new long[] {0, 99, 100, 101, 9_999, 10_000, 10_001, 10_099, 10_100, -100}) {
      assertEquals(h, Points.ofHundredths(h).toHundredths());
      assertEquals(Points.parse(java.math.BigDecimal.valueOf(h, 2).toPlainString()),
          Points.ofHundredths(h));
    }
    assertEquals(Points.of(100), Points.ofHundredths(10_000));
    assertEquals("101", Points.of(101).toString());
  }

  @Test
  void theLimit_isExclusive() {
    long limit = 1_000_000_000_000_000L;
    assertEquals(limit - 1, Points.ofHundredths(limit - 1).toHundredths());
    assertEquals(-(limit - 1), Points.ofHundredths(-(limit - 1)).toHundredths());
    assertThrows(IllegalArgumentException.class, () -> Points.ofHundredths(limit));
    assertThrows(IllegalArgumentException.class, () -> Points.ofHundredths(-limit));
    assertThrows(IllegalArgumentException.class,
        () -> Points.of(java.math.BigDecimal.valueOf(limit, 2)));
    assertEquals(Points.ofHundredths(limit - 1),
        Points.of(java.math.BigDecimal.valueOf(limit - 1, 2)));
  }

  @Test
  void maxMinAndAbs_atTheirEdges() {
    Points a = Points.of(3);
    Points same = Points.parse("3.00");
    assertSame(a, a.max(same), "equal values: the receiver");
    assertSame(a, a.min(same), "equal values: the receiver");
    assertSame(Points.ZERO, Points.ZERO.abs());
    assertEquals(Points.parse("0.01"), Points.parse("-0.01").abs());
  }

  @Test
  void toBigDecimal_ofAWholeNumber_hasNoNegativeScale() {
    assertEquals(0, Points.of(100).toBigDecimal().scale());
    assertEquals("100", Points.of(100).toBigDecimal().toString(), "not 1E+2");
    assertEquals(1, Points.parse("0.1").toBigDecimal().scale());
  }

  @Test
  void parse_acceptsTheLongestNumberItReads_andCutsWhatItQuotes() {
    String p400 = "1" + "0".repeat(12) + "." + "0".repeat(386);
    assertEquals(Points.parse("1000000000000"), Points.parse(p400));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Points.parse(p400 + "0"));
    assertTrue(e.getMessage().endsWith("…'"), e.getMessage());
    String s200 = "x".repeat(200);
    assertEquals("expected a number of points such as 5 or 2.5: '" + s200 + "'",
        assertThrows(IllegalArgumentException.class, () -> Points.parse(s200)).getMessage());
  }

  @Test
  void serialised_comesBackEqual() throws Exception {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(Points.parse("84.5"));
      out.writeObject(Points.of(5));
    }
    try (var in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(Points.parse("84.5"), in.readObject());
      assertSame(Points.of(5), in.readObject(), "a shared whole point stays shared");
    }
  }
}
