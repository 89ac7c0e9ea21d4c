package io.allianceeval.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.testing.Records;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Correlations, redundant pairs, indicators against their group, α and effective weights. */
class CoherenceTest {

  private static final IndicatorGroup G1 = IndicatorGroup.of("1", "组一", "one", 15);
  private static final IndicatorGroup G2 = IndicatorGroup.of("2", "组二", "two", 5);
  private static final List<Indicator> INDICATORS = List.of(
      Indicator.of("1.1", G1, "甲", "a", 5), Indicator.of("1.2", G1, "乙", "b", 5),
      Indicator.of("1.3", G1, "丙", "d", 5), Indicator.of("2.1", G2, "丁", "c", 5));

  /** a = 1..4, b = 2a, d = 5 − a (in group 1), c = 5 − a (alone in group 2). */
  private static final double[][] X = {{1, 2, 4, 4}, {2, 4, 3, 3}, {3, 6, 2, 2}, {4, 8, 1, 1}};

  @Test
  void correlations_flagRedundantPairs_andAnIndicatorAgainstItsGroup() {
    Coherence c = Coherence.of(INDICATORS, X, 20, 0.9);
    assertEquals(List.of("1.1", "1.2", "1.3", "2.1"), c.indicators());
    assertEquals(1.0, c.pearson(0, 1), 1e-12);
    assertEquals(-1.0, c.pearson(0, 2), 1e-12);
    assertEquals(1.0, c.spearman(0, 1), 1e-12);
    assertEquals(6, c.redundant().size(), "every pair is ±1 here: " + c.redundant());
    assertEquals(new Coherence.Pair("1.1", "1.2", 1.0), c.redundant().get(0));
    assertEquals(1, c.againstGroup().size(), c.againstGroup().toString());
    Coherence.AgainstGroup d = c.againstGroup().get(0);
    assertEquals("1.3", d.indicator());
    assertEquals("1", d.group());
    assertEquals(-1.0, d.r(), 1e-12);
  }

  @Test
  void cronbachsAlpha_perGroup_andNoneForAGroupOfOne() {
    Coherence c = Coherence.of(INDICATORS, X, 20, 0.9);
    // variances 5/3, 20/3, 5/3; the group's sum 7, 9, 11, 13 has variance 20/3
    assertEquals(new Coherence.GroupAlpha("1", 3, 1.5 * (1 - (30.0 / 3) / (20.0 / 3))).alpha(),
        c.alphas().get(0).alpha(), 1e-12);
    assertEquals(-0.75, c.alphas().get(0).alpha(), 1e-12);
    assertTrue(Double.isNaN(c.alphas().get(1).alpha()), "one indicator");
    assertEquals(1, c.alphas().get(1).indicators());
  }

  @Test
  void effectiveWeights_areSharesOfTheTotalsVariance_besideTheNominalOnes() {
    Coherence c = Coherence.of(INDICATORS, X, 20, 0.9);
    double[] effective = c.weights().stream().mapToDouble(Coherence.Weight::effective).toArray();
    assertArrayEquals(new double[] {1, 2, -1, -1}, effective, 1e-12);
    assertEquals(1.0, java.util.Arrays.stream(effective).sum(), 1e-12, "shares add up to 1");
    assertEquals(0.25, c.weights().get(0).nominal(), 1e-12);
  }

  @Test
  void anIndicatorThatDoesNotVary_hasNoCorrelation_andIsNeverFlagged() {
    double[][] x = {{1, 2, 0, 4}, {2, 4, 0, 3}, {3, 6, 0, 2}};
    Coherence c = Coherence.of(INDICATORS, x, 20, 0.9);
    assertTrue(Double.isNaN(c.pearson(0, 2)));
    assertTrue(Double.isNaN(c.spearman(2, 3)));
    assertTrue(c.redundant().stream().noneMatch(p -> p.first().equals("1.3")
        || p.second().equals("1.3")));
    assertTrue(c.againstGroup().stream().noneMatch(a -> a.indicator().equals("1.3")));
  }

  @Test
  void ranks_shareTheirMeanOnTies() {
    assertArrayEquals(new double[] {1.5, 1.5, 3, 4.5, 4.5},
        Coherence.ranks(new double[] {2, 2, 5, 7, 7}), 0);
  }

  @Test
  void itRefusesAResultWithoutRecords_andABadThreshold() {
    assertThrows(IllegalArgumentException.class, () -> Coherence.of(INDICATORS, X, 20, 0));
    assertThrows(IllegalArgumentException.class, () -> Coherence.of(INDICATORS, X, 20, 1.5));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        Coherence.of(Evaluation.forYear(2019).fromPublished(List.of()), 0.9));
    assertTrue(e.getMessage().contains("at least three"), e.getMessage());
  }

  @Test
  void overScoredRecords_theStandardSystemsTwentyIndicatorsAreChecked() {
    var result = Evaluation.forYear(2019).score(List.of(
        Records.top(SensitivityTest.A),
        Records.top(SensitivityTest.B, io.allianceeval.scoring.Standard2019.COUNCIL_MEETINGS, 0),
        Records.top(SensitivityTest.C, io.allianceeval.scoring.Standard2019.MEDIA_REPORTS, 1,
            io.allianceeval.scoring.Standard2019.ACADEMIC_EXCHANGES, 1)));
    Coherence c = Coherence.of(result, 0.9);
    assertEquals(20, c.indicators().size());
    assertEquals(20, c.weights().size());
    double sum = c.weights().stream().mapToDouble(Coherence.Weight::effective).sum();
    assertEquals(1.0, sum, 1e-9, "the indicators that vary carry the total's variance");
    assertEquals(3, c.alphas().size(), "three groups");
  }
}
