package io.allianceeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TierSchemeTest {

  private final TierScheme standard = TierScheme.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "100, HIGH", "85, HIGH", "84.5, HIGH", "84.49, FAIRLY_HIGH", "84, FAIRLY_HIGH",
    "70, FAIRLY_HIGH", "69.5, FAIRLY_HIGH", "69.49, AVERAGE", "50, AVERAGE", "49.5, AVERAGE",
    "49.49, INACTIVE", "49, INACTIVE", "0, INACTIVE"
  })
  void tierOf_standardBoundariesWithHalfUpRounding(String total, Tier expected) {
    assertEquals(expected, standard.tierOf(Points.parse(total)));
  }

  @Test
  void tierOf_84point5_roundsUpToHigh() {
    assertEquals(85, standard.round(Points.parse("84.5")));
    assertEquals(Tier.HIGH, standard.tierOf(Points.parse("84.5")));
  }

  @Test
  void tierOf_aSumOfTenths_isExact_notFloatingPointNoise() {
    Points total = Points.ZERO;
    for (int i = 0; i < 845; i++) {
      total = total.plus(Points.parse("0.1")); // as doubles this would be 84.49999999999…
    }
    assertEquals(Points.parse("84.5"), total);
    assertEquals(Tier.HIGH, standard.tierOf(total));
    assertEquals(Tier.HIGH, standard.tierOf(Points.parse("84.5")));
    assertEquals(Tier.FAIRLY_HIGH, standard.tierOf(Points.parse("84.49")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"100.5", "100.01", "-1", "-0.01"})
  void tierOf_totalOutsideTheScheme_isRejectedWithRangeAndValue(String total) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> standard.tierOf(Points.parse(total)));
    assertEquals("total must be from 0 to 100: " + total, e.getMessage());
  }

  @Test
  void rounding_isReplaceable() {
    TierScheme down = standard.withRounding(RoundingMode.DOWN);
    assertEquals(Tier.FAIRLY_HIGH, down.tierOf(Points.parse("84.9")));
    assertEquals(Tier.HIGH, standard.tierOf(Points.parse("84.9")));
    TierScheme exact = standard.withRounding(RoundingMode.UNNECESSARY);
    assertEquals(Tier.HIGH, exact.tierOf(Points.of(85)));
    assertThrows(IllegalArgumentException.class, () -> exact.tierOf(Points.parse("84.5")));
  }

  @Test
  void lowestTotalFor_followsTheRounding() {
    assertEquals(Points.parse("84.5"), standard.lowestTotalFor(Tier.HIGH));
    assertEquals(Tier.HIGH, standard.tierOf(standard.lowestTotalFor(Tier.HIGH)));
    assertEquals(Tier.FAIRLY_HIGH, standard.tierOf(Points.parse("84.49")));
    for (RoundingMode mode : List.of(RoundingMode.HALF_UP, RoundingMode.HALF_DOWN,
        RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
        RoundingMode.FLOOR)) {
      TierScheme s = standard.withRounding(mode);
      for (Tier t : List.of(Tier.HIGH, Tier.FAIRLY_HIGH, Tier.AVERAGE)) {
        Points lowest = s.lowestTotalFor(t);
        assertEquals(t, s.tierOf(lowest), mode + " " + t);
        Points below = lowest.minus(Points.ofHundredths(1));
        assertEquals(t.ordinal() + 1, s.tierOf(below).ordinal(), mode + " " + t);
      }
    }
    assertEquals(Points.of(0), standard.lowestTotalFor(Tier.INACTIVE));
  }

  @Test
  void customScheme_withGapOverlapAndOrderProblems_reportsAllAtOnce() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> TierScheme.builder()
        .band(Tier.HIGH, 80, 100)
        .band(Tier.FAIRLY_HIGH, 70, 84)
        .band(Tier.AVERAGE, 50, 60)
        .band(Tier.INACTIVE, 0, 49)
        .build());
    assertEquals(2, e.messages().size(), e.getMessage());
    assertTrue(e.messages().get(0).startsWith("gap: no tier for 61-69"), e.getMessage());
    assertTrue(e.messages().get(1).startsWith("overlap: FAIRLY_HIGH 70-84 and HIGH 80-100"),
        e.getMessage());

    InvalidInputException order = assertThrows(InvalidInputException.class, () -> TierScheme
        .builder().band(Tier.INACTIVE, 50, 100).band(Tier.HIGH, 0, 49).build());
    assertTrue(order.messages().get(0).startsWith("order:"), order.getMessage());

    InvalidInputException twice = assertThrows(InvalidInputException.class, () -> TierScheme
        .builder().band(Tier.HIGH, 50, 100).band(Tier.HIGH, 0, 49).build());
    assertTrue(twice.messages().contains("HIGH: given twice"), twice.getMessage());

    assertThrows(InvalidInputException.class, () -> TierScheme.builder().build());
    assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.HIGH, 90, 80).build());
  }

  @Test
  void customScheme_withTwoTiers_isUsable() {
    TierScheme pass = TierScheme.builder().band(Tier.HIGH, 60, 100).band(Tier.INACTIVE, 0, 59)
        .build();
    assertEquals(List.of(Tier.HIGH, Tier.INACTIVE), pass.tiers());
    assertEquals(Tier.HIGH, pass.tierOf(Points.parse("59.5")));
    assertEquals(Tier.INACTIVE, pass.tierOf(Points.parse("59.4")));
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(TierScheme.standard(), TierScheme.builder().band(Tier.INACTIVE, 0, 49)
            .band(Tier.AVERAGE, 50, 69).band(Tier.FAIRLY_HIGH, 70, 84).band(Tier.HIGH, 85, 100)
            .build())
        .addEqualityGroup(TierScheme.standard().withRounding(RoundingMode.DOWN))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(TierScheme.standard());
    new NullPointerTester().testAllPublicInstanceMethods(TierScheme.builder());
  }

  @Test
  void tierSchemeBands_touchingIsFine_oneApartIsAGap_sharingOnePointIsAnOverlap() {
    TierScheme.builder().band(Tier.HIGH, 50, 100).band(Tier.INACTIVE, 0, 49).build();
    TierScheme.builder().band(Tier.HIGH, 50, 50).band(Tier.INACTIVE, 0, 49).build();
    InvalidInputException gap = assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.HIGH, 51, 100).band(Tier.INACTIVE, 0, 49).build());
    assertEquals(List.of("gap: no tier for 50 between INACTIVE 0-49 and HIGH 51-100"),
        gap.messages());
    InvalidInputException wide = assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.HIGH, 60, 100).band(Tier.INACTIVE, 0, 49).build());
    assertEquals(List.of("gap: no tier for 50-59 between INACTIVE 0-49 and HIGH 60-100"),
        wide.messages());
    InvalidInputException one = assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.HIGH, 49, 100).band(Tier.INACTIVE, 0, 49).build());
    assertEquals(List.of("overlap: INACTIVE 0-49 and HIGH 49-100 share 49"), one.messages());
    InvalidInputException more = assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.HIGH, 40, 100).band(Tier.INACTIVE, 0, 49).build());
    assertEquals(List.of("overlap: INACTIVE 0-49 and HIGH 40-100 share 40-49"), more.messages());
    InvalidInputException order = assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.INACTIVE, 50, 100).band(Tier.HIGH, 0, 49).build());
    assertEquals(List.of("order: INACTIVE 50-100 lies above HIGH 0-49, but a better tier must "
        + "lie above a worse one"), order.messages());
    InvalidInputException empty = assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.HIGH, 50, 49).band(Tier.INACTIVE, 0, 49).build());
    assertTrue(empty.messages().get(0).startsWith("HIGH: minimum 50 is above maximum 49"),
        empty.getMessage());
  }

  @Test
  void tierSchemeBounds_areExact() {
    TierScheme fromTen = TierScheme.builder().band(Tier.HIGH, 50, 100)
        .band(Tier.INACTIVE, 10, 49).build();
    assertEquals(Points.of(10), fromTen.lowestTotalFor(Tier.INACTIVE));
    assertEquals(Points.parse("49.5"), fromTen.lowestTotalFor(Tier.HIGH));
    assertEquals(100, fromTen.round(Points.of(100)));
    assertEquals(10, fromTen.round(Points.of(10)));
    assertEquals(Tier.INACTIVE, fromTen.tierOf(Points.of(10)));
    assertThrows(IllegalArgumentException.class, () -> fromTen.round(Points.parse("9.99")));
    assertThrows(IllegalArgumentException.class, () -> fromTen.round(Points.parse("100.01")));
    assertEquals(85, TierScheme.standard().round(Points.parse("85.0")));
    assertEquals(84, TierScheme.standard().round(Points.parse("84.49")));
    assertThrows(IllegalArgumentException.class, () -> TierScheme.standard().tierOfWhole(101));
    assertThrows(IllegalArgumentException.class, () -> TierScheme.standard().tierOfWhole(-1));
  }

  @Test
  void tierOfWhole_acceptsTheSchemesEnds_only() {
    assertEquals(Tier.INACTIVE, standard.tierOfWhole(0));
    assertEquals(Tier.HIGH, standard.tierOfWhole(100));
    assertEquals(Tier.HIGH, standard.tierOfWhole(85));
    assertEquals(Tier.FAIRLY_HIGH, standard.tierOfWhole(84));
    assertThrows(IllegalArgumentException.class, () -> standard.tierOfWhole(101));
    assertThrows(IllegalArgumentException.class, () -> standard.tierOfWhole(-1));
    assertEquals(85, standard.round(Points.parse("85.00")));
    assertEquals(84, standard.withRounding(RoundingMode.DOWN).round(Points.parse("84.99")));
  }
}
