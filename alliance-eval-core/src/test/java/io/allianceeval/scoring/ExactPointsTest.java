package io.allianceeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.testing.Records;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Points are exact at 0.01: the library accepts its own reweighted ladders and sums exactly. */
class ExactPointsTest {

  private static final Alliance A = Alliance.of("105", "TD 产业技术创新战略联盟");
  private static final ActivityRecord TOP = Records.top(A, 2019);

  @ParameterizedTest(name = "1.1 -> {0}, 1.2 -> {1}")
  @CsvSource({"5.3, 3.7", "5.7, 3.3", "4.99, 4.01", "0.01, 8.99"})
  void reweightedStockLadder_givesFullMarksExactly(String first, String second) {
    IndicatorSystem system = IndicatorSystem.standard2019().toBuilder()
        .reweight("1.1", Points.parse(first)).reweight("1.2", Points.parse(second)).build();
    Scorecard card = system.score(TOP);
    assertEquals(Points.parse(first), card.points("1.1"));
    assertEquals(Points.parse(second), card.points("1.2"));
    assertEquals(Points.of(25), card.subtotal("1"));
    assertEquals(Points.of(100), card.total());
    assertEquals(first, card.points("1.1").toString(), "no binary noise");
  }

  @Test
  void reweightingTwice_scalesTheOriginalOnce() {
    IndicatorSystem system = IndicatorSystem.standard2019().toBuilder()
        .reweight("1.1", Points.of(1)).reweight("1.1", Points.of(3))
        .reweight("1.2", Points.of(6)).build();
    Scorecard card = system.score(TOP);
    assertEquals(Points.of(3), card.points("1.1"));
    assertEquals(Points.of(6), card.points("1.2"));
    assertEquals(Points.of(100), card.total());
    assertTrue(system.policy("1.1").toString().endsWith("scaled from 5 to 3"),
        system.policy("1.1").toString());
  }

  @Test
  void reweightedStep_roundsHalfUpToAHundredth_andSaysSo() {
    IndicatorSystem system = IndicatorSystem.standard2019().toBuilder()
        .reweight("1.4", Points.parse("5.3")).reweight("1.1", Points.parse("3.7"))
        .build(); // 1.4: 4 -> 5.3, 1.1: 5 -> 3.7
    ActivityRecord one = ActivityRecord.builder(A, 2019)
        .fact(Standard2019.SECRETARIAT_MEETINGS, 1).build();
    // 1 of 4 scaled to 5.3 is 1.325, half-up 1.33
    assertEquals(Points.parse("1.33"), system.policy("1.4").points(one));
    assertEquals("secretariat_meetings = 1: 1 meeting -> 1 of 4, scaled from 4 to 5.3 = 1.33 of 5.3",
        system.policy("1.4").assess(one).reason());
  }

  @Test
  void maximaThatAreNotPositive_areRejectedWhereTheyAreGiven() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorSystem.standard2019().toBuilder().reweight("1.1", Points.ZERO));
    assertEquals("indicator 1.1: maximum points must be positive: 0", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> IndicatorPolicy.ladder(Standard2019.STANDARDS).atLeast(1, Points.parse("-0.5")));
    assertThrows(IllegalArgumentException.class,
        () -> IndicatorSystem.builder("x").total(Points.parse("-1")));
  }

  @Test
  void aLadderStepWithAThirdDecimal_isRefusedByTheOneRule() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorPolicy.ladder(Standard2019.STANDARDS, ">=1:0.125"));
    assertEquals("standards: step '>=1:0.125': points must have at most two decimals: 0.125",
        e.getMessage());
  }

  @Test
  void groupSums_areExact_notWithinATolerance() {
    // 0.1 + 0.2 is not 0.3 in binary; in hundredths it is
    Points tenth = Points.parse("0.1");
    Points twoTenths = Points.parse("0.2");
    IndicatorSystem system = IndicatorSystem.builder("tenths").total(Points.parse("0.3"))
        .group("1", "组", "group", Points.parse("0.3"))
        .indicator("1.1", "甲", "a", tenth, IndicatorPolicy.atLeast(Standard2019.STANDARDS, 1, tenth))
        .indicator("1.2", "乙", "b", twoTenths,
            IndicatorPolicy.atLeast(Standard2019.TREND_STUDIES, 1, twoTenths))
        .build();
    ActivityRecord r = ActivityRecord.builder(A, 2019).fact(Standard2019.STANDARDS, 1)
        .fact(Standard2019.TREND_STUDIES, 1).build();
    assertEquals(Points.parse("0.3"), system.score(r).total());
    // and a group that misses its points by a hundredth is reported, not tolerated
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> system.toBuilder().groupPoints("1", Points.parse("0.31"))
            .total(Points.parse("0.31")).build());
    assertEquals("group 1: indicators add up to 0.3 points, expected the group's 0.31",
        e.messages().get(0));
  }

  @Test
  void totalsPrintTheirExactDigits() {
    IndicatorSystem system = IndicatorSystem.standard2019().toBuilder()
        .reweight("1.1", Points.parse("5.3")).reweight("1.2", Points.parse("3.7")).build();
    assertEquals(new BigDecimal("5.3"), system.score(TOP).points("1.1").toBigDecimal());
    assertEquals("Scorecard{105: 100 = 25 + 45 + 30}", system.score(TOP).toString());
  }

  @Test
  void hugeNumbers_areRefusedAsPoints() {
    assertThrows(IllegalArgumentException.class, () -> Points.parse("1e13"));
    assertThrows(IllegalArgumentException.class, () -> Points.parse("Infinity"));
    assertThrows(IllegalArgumentException.class, () -> IndicatorSystem.builder("x").total(0));
    // the largest kind of number accepted
    IndicatorSystem.builder("x").total(Points.parse("9999999999999.99"));
  }
}
