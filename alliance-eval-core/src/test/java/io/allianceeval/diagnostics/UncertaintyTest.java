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
        .samples(400).seed(5).run();
    AllianceUncertainty x = of(u, X);
    assertEquals(85, x.total());
    assertEquals(Tier.HIGH, x.tier());
    long high = x.probability(Tier.HIGH).part();
    assertTrue(high > 320 && high < 480, x.toString());
    assertEquals(800, high + x.probability(Tier.FAIRLY_HIGH).part());
    assertEquals(800, of(u, Y).probability(Tier.HIGH).part(), "Y's 100 is whole");
    // ranks never move (Y 1, X 2, Z 3); the totals do, all through the rounding
    Uncertainty.FactorIndices rounding = u.indices().get(0);
    assertEquals(new Factor(Factor.Kind.ROUNDING, java.util.Optional.empty()), rounding.factor());
    assertEquals("rounding", rounding.factor().id());
    assertFalse(rounding.rankTotal().isDefined());
    assertEquals(1, rounding.totalTotal().estimate(), 0.1);
    assertEquals(1, rounding.totalFirstOrder().estimate(), 0.1);
    assertEquals(new Uncertainty.Settings(400, 5, 500, 0.90, 0, List.of(),
        List.of(RoundingMode.HALF_UP, RoundingMode.DOWN), 1), u.settings());
  }

  @Test
  void withSmallWeightsBeside_theRoundingStillCarriesTheTotalsMost() {
    // X's totals alone (84, 85) are not reweighted: only the rounding moves them; Z's record
    // moves a little under ±5 % weights
    Uncertainty u = Uncertainty.of(three()).weights(0.05)
        .marks(List.of(Marks.ofTotal(X.code(), "E01", Points.of(84)),
            Marks.ofTotal(X.code(), "E02", Points.of(85))), Aggregation.mean())
        .roundings(List.of(RoundingMode.HALF_UP, RoundingMode.DOWN))
        .samples(300).seed(8).run();
    Uncertainty.FactorIndices rounding = u.indices().get(20);
    assertEquals("rounding", rounding.factor().id());
    for (Uncertainty.FactorIndices weight : u.indices().subList(0, 20)) {
      assertTrue(rounding.totalTotal().estimate() > weight.totalTotal().estimate(),
          rounding + " against " + weight);
    }
  }

  @Test
  void entryReliability_keepsEachEntryWithProbabilityP_independentlyFromRunToRun() {
    // X: 85 with its 5 media reports, 83 with 2 to 4, 81 with 1: HIGH only if all 5 stand,
    // which at p = 0.5 is 1/32 of the runs — 125 of 4 000, give or take 11
    EvaluationResult r = Evaluation.forYear(2019).score(List.of(Records.top(X,
        Standard2019.COUNCIL_MEETINGS, 0, Standard2019.STANDARDS, 0,
        Standard2019.IP_SHARING_ACTIVITIES, 0, Standard2019.MEDIA_REPORTS, 5)));
    assertEquals(Points.of(85), r.participants().get(0).total().orElseThrow());
    Uncertainty u = Uncertainty.of(r).entryReliability(0.5, io.allianceeval.activity.ActivityKinds
            .of(List.of(io.allianceeval.activity.ActivityKind.event(Standard2019.MEDIA_REPORTS))))
        .samples(2000).bootstrap(1, 0.9).seed(3).run();
    long high = of(u, X).probability(Tier.HIGH).part();
    assertTrue(high >= 125 - 45 && high <= 125 + 45, "4 standard deviations of 1/32: " + high);
    assertEquals(1, u.indices().get(0).totalTotal().estimate(), 0.08, u.indices().toString());
  }

  @Test
  void noTotalIndex_exceedsOneBeyondItsNoise_withEveryInputUncertain() {
    // four alliances, every count of the year the same (3, 2, 1, 1), as docs/diagnostics.md
    // shows; when the thinnings' seeds were a fixed step apart their SplittableRandom streams
    // were one another shifted, and the entries' total index came out 1.33
    List<io.allianceeval.model.ActivityRecord> records = new java.util.ArrayList<>();
    int[] counts = {3, 2, 1, 1};
    String[] codes = {"105", "110", "212", "342"};
    for (int i = 0; i < 4; i++) {
      io.allianceeval.model.ActivityRecord.Builder b = io.allianceeval.model.ActivityRecord
          .builder(Alliance.of(codes[i], "联盟" + i), 2019);
      for (io.allianceeval.model.Fact f : Standard2019.facts()) {
        if (f != Standard2019.WEBSITE_MONTHS_SINCE_UPDATE) {
          b.fact(f, counts[i]);
        } else if (i < 3) {
          b.fact(f, 1);
        }
      }
      records.add(b.build());
    }
    Uncertainty u = Uncertainty.of(Evaluation.forYear(2019).score(records)).weights(0.2)
        .roundings(List.of(RoundingMode.HALF_UP, RoundingMode.DOWN))
        .entryReliability(0.9, ActivityKinds.standard2019()).samples(500).bootstrap(100, 0.9)
        .seed(2019).run();
    for (Uncertainty.FactorIndices f : u.indices()) {
      for (Uncertainty.Index i : List.of(f.rankTotal(), f.totalTotal())) {
        assertTrue(!i.isDefined() || i.estimate() <= 1.1, f.toString());
      }
    }
  }

  @Test
  void entryReliabilityAlone_carriesAllTheVariance() {
    Uncertainty u = Uncertainty.of(three()).entryReliability(0.3, ActivityKinds.standard2019())
        .samples(200).bootstrap(50, 0.9).seed(4).run();
    Uncertainty.FactorIndices r = u.indices().get(0);
    assertEquals("reliability", r.factor().id());
    assertEquals(1, r.totalTotal().estimate(), 0.15, r.toString());
    assertEquals(1, r.totalFirstOrder().estimate(), 0.2, r.toString());
    assertEquals(0.3, u.settings().reliability());
  }

  @Test
  void anAllianceWithNothing_isRankedLast_withTheOthersAbove() {
    Alliance w = Alliance.of("301", "太阳能光热");
    EvaluationResult r = Evaluation.forYear(2019).score(List.of(Records.top(Y, 2019),
        Records.top(X, Standard2019.COUNCIL_MEETINGS, 0), Records.zero(w, 2019)));
    Uncertainty u = Uncertainty.of(r).samples(10).run();
    assertEquals(List.of(1, 2, 3), List.of(of(u, Y).rank(), of(u, X).rank(), of(u, w).rank()));
    assertEquals(0, of(u, w).total());
    assertEquals(3, of(u, w).rankHigh());
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
    Uncertainty all = Uncertainty.of(r).entryReliability(1, kinds).samples(100)
        .bootstrap(20, 0.9).run();
    assertEquals(200, of(all, Y).probability(Tier.HIGH).part(), "p = 1 keeps every entry");
    assertFalse(all.indices().get(0).totalTotal().isDefined(), "nothing varies");
    // Y counts 10 of everything: at 0.5 it seldom falls under a ladder's top step, at 0.2 often
    long at50 = of(Uncertainty.of(r).entryReliability(0.5, kinds).samples(100).bootstrap(20, 0.9)
        .run(), Y).probability(Tier.HIGH).part();
    long at20 = of(Uncertainty.of(r).entryReliability(0.2, kinds).samples(100).bootstrap(20, 0.9)
        .run(), Y).probability(Tier.HIGH).part();
    assertTrue(at20 < at50 && at50 <= 200, at20 + " < " + at50 + " <= 200");
  }

  @Test
  void weightsOfTenPercent_cannotTakeX88BelowHigh() {
    // X lacks 2.3 (5) and 3.1 (7): at worst they weigh 12 × 1.1 against 88 × 0.9, which leaves
    // X 100 − 14.29 = 85.71 points, still HIGH under either rounding
    Uncertainty u = Uncertainty.of(three()).weights(0.10)
        .roundings(List.of(RoundingMode.HALF_UP, RoundingMode.DOWN)).samples(200).run();
    assertEquals(400, of(u, X).probability(Tier.HIGH).part());
    assertTrue(of(u, X).rankLow() >= 2 && of(u, X).rankHigh() <= 2, of(u, X).toString());
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
    Uncertainty.Builder b = Uncertainty.of(three()).weights(0.5).samples(40).bootstrap(40, 0.9)
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
    assertThrows(IllegalArgumentException.class, () -> b.bootstrap(10, 0));
    // the limits themselves are accepted
    Uncertainty edge = Uncertainty.of(three()).weights(0).samples(2).bootstrap(1, 0.5)
        .entryReliability(1, ActivityKinds.standard2019()).noEntryReliability()
        .marks(List.of(Marks.ofTotal(X.code(), "E01", Points.of(100))), Aggregation.mean())
        .run();
    assertEquals(List.of(), edge.factors());
    assertEquals(100, of(edge, X).total());
    assertEquals(2, edge.settings().samples());
  }
}
