package io.allianceeval.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

  private static List<BigDecimal> pct(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  private static List<Share> of(long whole, long... parts) {
    return java.util.Arrays.stream(parts).mapToObj(p -> Share.of(p, whole)).toList();
  }

  @Test
  void halfUp_roundsEachShareOnItsOwn() {
    assertEquals(pct("35.35", "19.19", "37.37", "8.08"),
        Apportionment.HALF_UP.percentages(of(99, 35, 19, 37, 8)));
  }

  @Test
  void largestRemainder_givesTheMissingHundredthToTheLargestRemainder() {
    // 35.3535, 19.1919, 37.3737, 8.0808: truncated sum 99.99, largest remainder .37
    assertEquals(pct("35.35", "19.19", "37.38", "8.08"),
        Apportionment.LARGEST_REMAINDER.percentages(of(99, 35, 19, 37, 8)));
  }

  @Test
  void largestRemainder_isNotWhatTheReportPrintsForAveragePilotsByBatch() {
    // 45.4545, 21.2121, 33.3333: largest remainder is 45.45's
    assertEquals(pct("45.46", "21.21", "33.33"),
        Apportionment.LARGEST_REMAINDER.percentages(of(33, 15, 7, 11)));
    assertEquals(pct("45.45", "21.21", "33.34"), Apportionment.residual(of(33, 15, 7, 11), 2));
  }

  @Test
  void residual_onTheAverageTier_alsoGivesTheReportsTierFigures() {
    assertEquals(pct("35.35", "19.19", "37.38", "8.08"),
        Apportionment.residual(of(99, 35, 19, 37, 8), 2));
  }

  @Test
  void partialSet_sumsToItsExactlyRoundedSum() {
    // 1/3 + 1/3 = 66.6666… → 66.67
    assertEquals(pct("33.34", "33.33"), Apportionment.LARGEST_REMAINDER.percentages(of(3, 1, 1)));
  }

  @Test
  void badInput_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> Apportionment.HALF_UP.percentages(List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> Apportionment.LARGEST_REMAINDER.percentages(List.of(Share.of(0, 0))));
    assertThrows(IllegalArgumentException.class, () -> Apportionment.residual(of(3, 1, 2), 2));
    assertThrows(IllegalArgumentException.class, () -> Share.of(4, 3));
    assertThrows(IllegalArgumentException.class, () -> Share.of(-1, 3));
    assertThrows(IllegalStateException.class, () -> Share.of(0, 0).percent());
  }

  @Test
  void share_valueSemantics() {
    assertEquals(new BigDecimal("36.94"), Share.of(58, 157).percent());
    assertEquals(new BigDecimal("20.00"), Share.of(11, 55).percent());
    assertEquals(new BigDecimal("33.3"), Share.of(1, 3).percent(1, RoundingMode.HALF_UP));
    assertEquals(0, Share.of(1, 2).compareTo(Share.of(2, 4)));
    assertTrue(Share.of(35, 99).compareTo(Share.of(1, 2)) < 0);
    assertEquals("35/99 (35.35%)", Share.of(35, 99).toString());
    new EqualsTester()
        .addEqualityGroup(Share.of(1, 2), Share.of(1, 2))
        .addEqualityGroup(Share.of(2, 4))
        .testEquals();
  }

  @Property
  void largestRemainder_ofAPartition_sumsToExactly100_andStaysWithinAHundredth(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 500) Integer> parts) {
    long whole = parts.stream().mapToLong(Integer::longValue).sum();
    if (whole == 0) {
      return;
    }
    List<Share> shares = parts.stream().map(p -> Share.of(p, whole)).toList();
    List<BigDecimal> lr = Apportionment.LARGEST_REMAINDER.percentages(shares);
    assertEquals(0, new BigDecimal("100.00").compareTo(
        lr.stream().reduce(BigDecimal.ZERO, BigDecimal::add)), lr.toString());
    for (int i = 0; i < shares.size(); i++) {
      BigDecimal exact = shares.get(i).percent(10, RoundingMode.HALF_UP);
      assertTrue(lr.get(i).subtract(exact).abs().compareTo(new BigDecimal("0.01")) < 0,
          lr + " vs " + exact);
    }
  }

  @Property
  void residual_ofAPartition_sumsToExactly100(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 500) Integer> parts,
      @ForAll @IntRange(min = 0, max = 7) int index) {
    long whole = parts.stream().mapToLong(Integer::longValue).sum();
    List<Share> shares = parts.stream().map(p -> Share.of(p, whole)).toList();
    List<BigDecimal> r = Apportionment.residual(shares, index % shares.size());
    assertEquals(0, new BigDecimal("100.00").compareTo(
        r.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
  }
}
