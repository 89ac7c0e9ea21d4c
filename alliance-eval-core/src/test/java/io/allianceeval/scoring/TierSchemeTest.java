package io.allianceeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.allianceeval.model.InvalidInputException;
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
  void tierOf_standardBoundariesWithHalfUpRounding(double total, Tier expected) {
    assertEquals(expected, standard.tierOf(total));
  }

  @Test
  void tierOf_84point5_roundsUpToHigh() {
    assertEquals(85, standard.round(84.5));
    assertEquals(Tier.HIGH, standard.tierOf(84.5));
  }

  @Test
  void tierOf_sumWithFloatingPointNoise_isRejectedNotGuessed() {
    double total = 0;
    for (int i = 0; i < 845; i++) {
      total += 0.1; // 84.49999999999…, meant as 84.5: the library never sums points this way
    }
    assertTrue(total != 84.5);
    double noisy = total;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> standard.tierOf(noisy));
    assertTrue(e.getMessage().contains("at most two decimals"), e.getMessage());
    assertEquals(Tier.HIGH, standard.tierOf(84.5));
    assertEquals(Tier.FAIRLY_HIGH, standard.tierOf(84.49));
  }

  @ParameterizedTest
  @ValueSource(doubles = {100.5, 100.01, -1, -0.01, Double.NaN, Double.POSITIVE_INFINITY})
  void tierOf_totalOutsideTheScheme_isRejectedWithRangeAndValue(double total) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> standard.tierOf(total));
    assertTrue(e.getMessage().contains("from 0 to 100"), e.getMessage());
    assertTrue(e.getMessage().contains(String.valueOf(total)), e.getMessage());
  }

  @Test
  void rounding_isReplaceable() {
    TierScheme down = standard.withRounding(RoundingMode.DOWN);
    assertEquals(Tier.FAIRLY_HIGH, down.tierOf(84.9));
    assertEquals(Tier.HIGH, standard.tierOf(84.9));
    TierScheme exact = standard.withRounding(RoundingMode.UNNECESSARY);
    assertEquals(Tier.HIGH, exact.tierOf(85));
    assertThrows(IllegalArgumentException.class, () -> exact.tierOf(84.5));
  }

  @Test
  void lowestTotalFor_followsTheRounding() {
    assertEquals(84.5, standard.lowestTotalFor(Tier.HIGH));
    assertEquals(Tier.HIGH, standard.tierOf(standard.lowestTotalFor(Tier.HIGH)));
    assertEquals(Tier.FAIRLY_HIGH, standard.tierOf(84.49));
    for (RoundingMode mode : List.of(RoundingMode.HALF_UP, RoundingMode.HALF_DOWN,
        RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
        RoundingMode.FLOOR)) {
      TierScheme s = standard.withRounding(mode);
      for (Tier t : List.of(Tier.HIGH, Tier.FAIRLY_HIGH, Tier.AVERAGE)) {
        double lowest = s.lowestTotalFor(t);
        assertEquals(t, s.tierOf(lowest), mode + " " + t);
        double below = java.math.BigDecimal.valueOf(lowest).subtract(new java.math.BigDecimal("0.01"))
            .doubleValue();
        assertEquals(t.ordinal() + 1, s.tierOf(below).ordinal(), mode + " " + t);
      }
    }
    assertEquals(0, standard.lowestTotalFor(Tier.INACTIVE));
  }

  @Test
  void customScheme_withGapOverlapAndOrderProblems_reportsAllAtOnce() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> TierScheme.builder()
        .band(Tier.HIGH, 80, 100)
        .band(Tier.FAIRLY_HIGH, 70, 84)
        .band(Tier.AVERAGE, 50, 60)
        .band(Tier.INACTIVE, 0, 49)
        .build());
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).startsWith("gap: no tier for 61-69"), e.getMessage());
    assertTrue(e.problems().get(1).startsWith("overlap: FAIRLY_HIGH 70-84 and HIGH 80-100"),
        e.getMessage());

    InvalidInputException order = assertThrows(InvalidInputException.class, () -> TierScheme
        .builder().band(Tier.INACTIVE, 50, 100).band(Tier.HIGH, 0, 49).build());
    assertTrue(order.problems().get(0).startsWith("order:"), order.getMessage());

    InvalidInputException twice = assertThrows(InvalidInputException.class, () -> TierScheme
        .builder().band(Tier.HIGH, 50, 100).band(Tier.HIGH, 0, 49).build());
    assertTrue(twice.problems().contains("HIGH: given twice"), twice.getMessage());

    assertThrows(InvalidInputException.class, () -> TierScheme.builder().build());
    assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.HIGH, 90, 80).build());
  }

  @Test
  void customScheme_withTwoTiers_isUsable() {
    TierScheme pass = TierScheme.builder().band(Tier.HIGH, 60, 100).band(Tier.INACTIVE, 0, 59)
        .build();
    assertEquals(List.of(Tier.HIGH, Tier.INACTIVE), pass.tiers());
    assertEquals(Tier.HIGH, pass.tierOf(59.5));
    assertEquals(Tier.INACTIVE, pass.tierOf(59.4));
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
}
