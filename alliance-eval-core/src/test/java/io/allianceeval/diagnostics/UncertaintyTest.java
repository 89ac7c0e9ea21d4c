package io.allianceeval.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.diagnostics.Uncertainty.AllianceUncertainty;
import io.allianceeval.diagnostics.Uncertainty.Factor;
import io.allianceeval.diagnostics.Uncertainty.Marks;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.review.Aggregation;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Standard2019;
import io.allianceeval.testing.Records;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Uncertainty}: each uncertain input on cases whose outcome is known. */
class UncertaintyTest {

  static final Alliance X = Alliance.of("105", "TD");
  static final Alliance Y = Alliance.of("110", "半导体照明");
  static final Alliance Z = Alliance.of("212", "电动汽车");

  /** X 88, Y 100, Z 77 from their records. */
  static EvaluationResult three() {
    return Evaluation.forYear(2019).score(List.of(
        Records.top(X, Standard2019.COMMISSIONED_PROJECTS, 0, Standard2019.INNOVATION_CHAIN_ACTIONS,
            0),
        Records.top(Y, 2019),
        Records.top(Z, Standard2019.COUNCIL_MEETINGS, 0, Standard2019.MEDIA_REPORTS, 1,
            Standard2019.ACADEMIC_EXCHANGES, 1, Standard2019.STANDARDS, 0, Standard2019
                .CORE_TECHNOLOGIES, 0)));
  }

  /** One expert's marks adding up to {@code total}: indicators filled to the maximum in turn. */
  static Marks marks(Alliance a, String expert, double total) {
    long left = Math.round(total * 100);
    Map<String, Points> points = new LinkedHashMap<>();
    for (Indicator i : IndicatorSystem.standard2019().indicators()) {
      long v = Math.min(left, i.maxPoints().toHundredths());
      points.put(i.id(), Points.ofHundredths(v));
      left -= v;
    }
    return new Marks(a.code(), expert, points);
  }

  static AllianceUncertainty of(Uncertainty u, Alliance a) {
    return u.alliances().stream().filter(x -> x.alliance().equals(a)).findFirst().orElseThrow();
  }

  @Test
  void everyInputOff_reproducesTheResult_andEveryTierIsCertain() {
    EvaluationResult r = three();
    Uncertainty u = Uncertainty.of(r).samples(50).run();
    assertEquals(List.of(), u.factors());
    assertEquals(List.of(), u.indices());
    assertEquals(100, u.runs());
    for (Participant p : r.participants()) {
      AllianceUncertainty a = of(u, p.alliance());
      assertEquals(p.roundedTotal().getAsInt(), a.total());
      assertEquals(p.tier(), a.tier());
      assertEquals(p.rank().getAsInt(), a.rank());
      assertEquals(100, a.probability(p.tier()).part(), a.toString());
      assertEquals(List.of(a.rank(), a.rank(), a.rank()),
          List.of(a.rankLow(), a.rankMedian(), a.rankHigh()));
    }
    assertEquals(List.of(88, 100, 77), List.of(of(u, X).total(), of(u, Y).total(),
        of(u, Z).total()));
  }

  @Test
  void roundingAtATierBoundary_decidesTheTierHalfOfTheTime_andCarriesAllTheVariance() {
    // X's experts give 84 and 85: the mean 84.5 is 85 (HIGH) rounded half-up, 84 rounded down
    Uncertainty u = Uncertainty.of(three())
        .marks(List.of(marks(X, "E01", 84), marks(X, "E02", 85)), Aggregation.mean())
        .roundings(List.of(RoundingMode.HALF_UP, RoundingMode.DOWN))
        .samples(1000).seed(5).run();
    AllianceUncertainty x = of(u, X);
    assertEquals(85, x.total());
    assertEquals(Tier.HIGH, x.tier());
    long high = x.probability(Tier.HIGH).part();
    assertTrue(high > 900 && high < 1100, x.toString());
    assertEquals(2000, high + x.probability(Tier.FAIRLY_HIGH).part());
    assertEquals(2000, of(u, Y).probability(Tier.HIGH).part(), "Y's 100 is whole");
    // ranks never move (Y 1, X 2, Z 3); the totals do, all through the rounding
    Uncertainty.FactorIndices rounding = u.indices().get(0);
    assertEquals(new Factor(Factor.Kind.ROUNDING, java.util.Optional.empty()), rounding.factor());
    assertEquals("rounding", rounding.factor().id());
    assertFalse(rounding.rankTotal().isDefined());
    assertEquals(1, rounding.totalTotal().estimate(), 0.1);
    assertEquals(1, rounding.totalFirstOrder().estimate(), 0.1);
  }

  @Test
  void aggregation_decidesTheTierOfAnAllianceWithADissentingExpert() {
    // 30, 72, 75: mean 59 (AVERAGE); median and trimmed mean 72 (FAIRLY_HIGH)
    Uncertainty u = Uncertainty.of(three())
        .marks(List.of(marks(Z, "E01", 30), marks(Z, "E02", 72), marks(Z, "E03", 75)),
            Aggregation.mean())
        .aggregations(List.of(Aggregation.mean(), Aggregation.median(),
            Aggregation.trimmedMean(1)))
        .samples(1000).seed(9).run();
    AllianceUncertainty z = of(u, Z);
    assertEquals(59, z.total());
    assertEquals(Tier.AVERAGE, z.tier());
    long average = z.probability(Tier.AVERAGE).part();
    assertTrue(average > 2000 / 3 - 100 && average < 2000 / 3 + 100, z.toString());
    assertEquals(2000 - average, z.probability(Tier.FAIRLY_HIGH).part());
    assertEquals(List.of(Factor.Kind.AGGREGATION),
        u.factors().stream().map(Factor::kind).toList());
  }

  @Test
  void totalsAlone_areAggregatedButNotReweighted() {
    // X's experts give totals 84 and 86: 85 in every run, whatever the weights
    Uncertainty u = Uncertainty.of(three()).weights(0.5)
        .marks(List.of(Marks.ofTotal(X.code(), "E01", Points.of(84)),
            Marks.ofTotal(X.code(), "E02", Points.of(86))), Aggregation.mean())
        .samples(100).run();
    AllianceUncertainty x = of(u, X);
    assertEquals(85, x.total());
    assertEquals(200, x.probability(Tier.HIGH).part());
    assertTrue(of(u, Z).probability(Tier.FAIRLY_HIGH).part() < 200, "Z's record is reweighted");
    assertThrows(IllegalArgumentException.class, () -> new Marks(X.code(), "E01",
        Map.of("1.1", Points.of(1)), java.util.Optional.of(Points.of(80))));
    assertThrows(IllegalArgumentException.class, () -> new Marks(X.code(), "E01", Map.of()));
    assertEquals("the total of E03 for 105: expected 0 to 100, found 101",
        assertThrows(IllegalArgumentException.class, () -> Uncertainty.of(three()).marks(
            List.of(Marks.ofTotal(X.code(), "E03", Points.of(101))), Aggregation.mean()).run())
            .getMessage());
  }

  @Test
  void entryReliability_thinsTheCountedEntries_soLowerReliabilityLosesTheTierMoreOften() {
    EvaluationResult r = three();
    ActivityKinds kinds = ActivityKinds.standard2019();
    Uncertainty all = Uncertainty.of(r).entryReliability(1, kinds).samples(200).run();
    assertEquals(400, of(all, Y).probability(Tier.HIGH).part(), "p = 1 keeps every entry");
    assertFalse(all.indices().get(0).totalTotal().isDefined(), "nothing varies");
    // Y counts 10 of everything: at 0.5 it seldom falls under a ladder's top step, at 0.2 often
    long at50 = of(Uncertainty.of(r).entryReliability(0.5, kinds).samples(200).run(), Y)
        .probability(Tier.HIGH).part();
    long at20 = of(Uncertainty.of(r).entryReliability(0.2, kinds).samples(200).run(), Y)
        .probability(Tier.HIGH).part();
    assertTrue(at20 < at50 && at50 <= 400, at20 + " < " + at50 + " <= 400");
  }

  @Test
  void weights_moveTheRanksOfCloseAlliances_andNameTheFactors() {
    Uncertainty u = Uncertainty.of(three()).weights(0.5).samples(200).run();
    assertEquals(20, u.factors().size());
    assertEquals("weight:1.1", u.factors().get(0).id());
    assertEquals(22 * 200, u.runs());
    assertEquals(1, of(u, Y).rankHigh(), "full marks stay first");
    assertTrue(of(u, X).probability(Tier.HIGH).part() < 400, "88 can fall below 85");
  }

  @Test
  void sameSeed_sameAnalysis_otherSeed_otherRuns() {
    Uncertainty.Builder b = Uncertainty.of(three()).weights(0.5).samples(100)
        .entryReliability(0.6, ActivityKinds.standard2019());
    String first = b.seed(3).run().alliances() + " " + b.seed(3).run().indices();
    assertEquals(first, b.seed(3).run().alliances() + " " + b.seed(3).run().indices());
    assertFalse(first.equals(b.seed(4).run().alliances() + " " + b.seed(4).run().indices()));
  }

  @Test
  void badInput_isRefusedSayingWhatWasExpected() {
    EvaluationResult published = Evaluation.forYear(2019).fromPublished(List.of(
        PublishedResult.scored(X, Points.of(80))));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Uncertainty.of(published))
        .getMessage().contains("not scored from activity records"));
    Uncertainty.Builder b = Uncertainty.of(three());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.aggregations(
        List.of(Aggregation.median())).run()).getMessage().contains("no experts' marks"));
    b.aggregations(List.of());
    Marks stranger = marks(Alliance.of(AllianceCode.parse("301"), "?"), "E01", 50);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.marks(List.of(stranger),
        Aggregation.mean()).run()).getMessage().contains("did not take part"));
    Marks over = new Marks(X.code(), "E02", Map.of("1.1", Points.of(6)));
    assertEquals("marks of E02 for 105 on 1.1: expected 0 to 5, found 6",
        assertThrows(IllegalArgumentException.class, () -> b.marks(List.of(over),
            Aggregation.mean()).run()).getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.weights(1));
    assertThrows(IllegalArgumentException.class, () -> b.roundings(List.of(
        RoundingMode.UNNECESSARY)));
    assertThrows(IllegalArgumentException.class, () -> b.entryReliability(0, ActivityKinds
        .standard2019()));
    assertThrows(IllegalArgumentException.class, () -> b.samples(1));
    assertThrows(IllegalArgumentException.class, () -> b.bootstrap(0, 0.9));
    assertThrows(IllegalArgumentException.class, () -> b.bootstrap(10, 1));
  }
}
