package io.allianceeval.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The least-squares biases, their standard errors, and the corridor's flags, on small cases. */
class ExpertBiasTest {

  private static ExpertBias.Mark mark(String expert, String code, Round round, String points) {
    return new ExpertBias.Mark(expert, AllianceCode.parse(code), round, Points.parse(points));
  }

  /** Levels 80, 60, 70; biases +3, −1, −2 (summing to 0); no noise. */
  private static List<ExpertBias.Mark> exact() {
    return List.of(
        mark("E1", "101", Round.ONE, "83"), mark("E2", "101", Round.ONE, "79"),
        mark("E2", "102", Round.ONE, "59"), mark("E3", "102", Round.ONE, "58"),
        mark("E3", "103", Round.TWO, "68"), mark("E1", "103", Round.TWO, "73"));
  }

  @Test
  void withoutNoise_theBiasesAreRecoveredExactly_withNoUncertainty() {
    ExpertBias b = ExpertBias.estimate(exact(), ExpertBias.Corridor.points(Points.of(10)));
    assertEquals(3.0, b.of("E1").orElseThrow().bias(), 1e-9);
    assertEquals(-1.0, b.of("E2").orElseThrow().bias(), 1e-9);
    assertEquals(-2.0, b.of("E3").orElseThrow().bias(), 1e-9);
    assertEquals(Points.of(3), b.of("E1").orElseThrow().rounded());
    assertEquals(0.0, b.residualStandardDeviation(), 1e-9, "no residual");
    assertEquals(0.0, b.of("E2").orElseThrow().standardError(), 1e-9);
    assertEquals(2, b.of("E3").orElseThrow().marks());
    assertTrue(b.flags().isEmpty());
  }

  @Test
  void theEstimate_doesNotDependOnTheOrderOfTheMarks() {
    List<ExpertBias.Mark> shuffled = new ArrayList<>(exact());
    Collections.reverse(shuffled);
    assertEquals(ExpertBias.estimate(exact(), ExpertBias.Corridor.points(Points.of(10)))
        .estimates(), ExpertBias.estimate(shuffled, ExpertBias.Corridor.points(Points.of(10)))
        .estimates());
  }

  @Test
  void withNoise_eachBiasHasAStandardError_fromTheResiduals() {
    List<ExpertBias.Mark> marks = new ArrayList<>(exact());
    marks.add(mark("E1", "102", Round.TWO, "64"));
    marks.add(mark("E2", "103", Round.TWO, "70"));
    marks.add(mark("E3", "101", Round.TWO, "77"));
    ExpertBias b = ExpertBias.estimate(marks, ExpertBias.Corridor.points(Points.of(10)));
    double sigma = b.residualStandardDeviation();
    assertTrue(sigma > 0, "the added marks do not fit exactly: " + sigma);
    double sum = 0;
    for (Optional<ExpertBias.Estimate> e : b.estimates().values()) {
      assertTrue(e.orElseThrow().standardError() > 0, e.toString());
      sum += e.orElseThrow().bias();
    }
    assertEquals(0.0, sum, 1e-9, "the biases sum to zero");
  }

  @Test
  void anExpertWhoSharesNoAlliance_hasNoEstimate_andSeparatePartsEachSumToZero() {
    List<ExpertBias.Mark> marks = new ArrayList<>(exact());
    marks.add(mark("E9", "301", Round.ONE, "50"));
    marks.add(mark("E7", "302", Round.ONE, "66"));
    marks.add(mark("E8", "302", Round.ONE, "60"));
    ExpertBias b = ExpertBias.estimate(marks, ExpertBias.Corridor.points(Points.of(10)));
    assertEquals(Optional.empty(), b.of("E9"));
    assertTrue(b.estimates().containsKey("E9"));
    assertEquals(3.0, b.of("E7").orElseThrow().bias(), 1e-9);
    assertEquals(-3.0, b.of("E8").orElseThrow().bias(), 1e-9);
    assertEquals(3.0, b.of("E1").orElseThrow().bias(), 1e-9, "the other part is unchanged");
  }

  @Test
  void theCorridor_flagsMarksFarFromTheOtherExpertsMean_inPointsOrDeviations() {
    List<ExpertBias.Mark> marks = List.of(
        mark("E1", "101", Round.ONE, "80"), mark("E2", "101", Round.ONE, "81"),
        mark("E3", "101", Round.ONE, "95"), mark("E1", "102", Round.ONE, "60"),
        mark("E2", "102", Round.ONE, "62"), mark("E3", "102", Round.ONE, "61"));
    ExpertBias b = ExpertBias.estimate(marks, ExpertBias.Corridor.points(Points.of(10)));
    assertEquals(1, b.flags().size());
    ExpertBias.Flag f = b.flags().get(0);
    assertEquals("E3", f.mark().expertId());
    assertEquals(80.5, f.othersMean(), 1e-9);
    assertEquals(14.5, f.deviation(), 1e-9);
    assertEquals(1, b.of("E3").orElseThrow().flagged());
    assertEquals(0, b.of("E1").orElseThrow().flagged());
    assertTrue(ExpertBias.estimate(marks, ExpertBias.Corridor.points(Points.of(15))).flags()
        .isEmpty(), "14.5 lies inside 15");
    double sigma = b.residualStandardDeviation();
    int inDeviations = ExpertBias.estimate(marks, ExpertBias.Corridor.standardDeviations(
        14.4 / sigma)).flags().size();
    assertTrue(inDeviations >= 1, "a corridor just under 14.5 points, in deviations");
  }

  @Test
  void anExpertMarkingTheSameAllianceTwiceInARound_isRefused_andACorridorMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        ExpertBias.estimate(List.of(mark("E1", "101", Round.ONE, "80"),
            mark("E1", "101", Round.ONE, "81")), ExpertBias.Corridor.points(Points.of(5))));
    assertTrue(e.getMessage().contains("E1") && e.getMessage().contains("101"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ExpertBias.Corridor.points(Points.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> ExpertBias.Corridor.standardDeviations(0));
    assertThrows(IllegalArgumentException.class,
        () -> ExpertBias.Corridor.standardDeviations(Double.NaN));
  }
}
