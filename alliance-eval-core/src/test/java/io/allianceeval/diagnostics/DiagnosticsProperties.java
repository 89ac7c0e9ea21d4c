package io.allianceeval.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Standard2019;
import io.allianceeval.scoring.TierScheme;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DiagnosticsProperties {

  @Provide
  Arbitrary<List<int[]>> factSets() {
    return Arbitraries.integers().between(0, 6).array(int[].class).ofSize(20).list()
        .ofMinSize(1).ofMaxSize(25);
  }

  static EvaluationResult scored(List<int[]> facts) {
    return Evaluation.forYear(2019).score(records(facts));
  }

  /** A record per fact set: the twenty standard facts, the website's months tripled. */
  static List<ActivityRecord> records(List<int[]> facts) {
    List<ActivityRecord> records = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      Alliance a = Alliance.of(AllianceCode.parse(String.format("1%02d", i + 1)), "联盟" + i);
      ActivityRecord.Builder b = ActivityRecord.builder(a, 2019);
      for (int j = 0; j < 20; j++) {
        b.fact(Standard2019.facts().get(j), facts.get(i)[j] * (j == 4 ? 3 : 1));
      }
      records.add(b.build());
    }
    return records;
  }

  @Property
  void gap_isZeroExactlyAtTheTop_andAddingItReachesTheNextTier(
      @ForAll @IntRange(min = 0, max = 10000) int hundredths) {
    Points score = Points.ofHundredths(hundredths);
    EvaluationResult r = Evaluation.forYear(2019).fromPublished(List.of(
        PublishedResult.scored(Alliance.of("105", "TD"), score)));
    Gaps.Gap g = Gaps.of(r).get(0);
    Participant p = g.participant();
    TierScheme scheme = TierScheme.standard();
    if (p.tier() == Tier.HIGH) {
      assertEquals(Points.ZERO, g.pointsNeeded());
    } else {
      assertTrue(g.pointsNeeded().isPositive(), g.toString());
      Points reachedTotal = score.plus(g.pointsNeeded());
      assertEquals(g.next().get(), scheme.tierOf(reachedTotal), score + " + " + g.pointsNeeded());
      // a hundredth less, the resolution of points, stays in the tier: not more than needed
      assertEquals(p.tier(), scheme.tierOf(reachedTotal.minus(Points.ofHundredths(1))),
          "not more than needed: " + score + " + " + g.pointsNeeded());
    }
  }

  @Property
  void gapSources_canCoverThePointsNeeded(@ForAll("factSets") List<int[]> facts) {
    for (Gaps.Gap g : Gaps.of(scored(facts))) {
      Points available = g.sources().stream().map(Gaps.Source::available)
          .reduce(Points.ZERO, Points::plus);
      assertTrue(available.compareTo(g.pointsNeeded()) >= 0, g.toString());
      for (int i = 1; i < g.sources().size(); i++) {
        assertTrue(g.sources().get(i - 1).available()
            .compareTo(g.sources().get(i).available()) >= 0);
      }
    }
  }

  @Property(tries = 50)
  void withNoVariation_everyTierIsKeptInEveryRun(@ForAll("factSets") List<int[]> facts,
      @ForAll long seed) {
    Sensitivity s = Sensitivity.of(scored(facts), 20, seed, 0);
    for (Sensitivity.AllianceSensitivity a : s.alliances()) {
      assertEquals(20, a.keepsTier().part(), a.toString());
      assertEquals(a.rankLow(), a.rankHigh());
    }
  }

  @Property
  void transitionMatrix_sumsToTheAlliancesInBothYears(
      @ForAll @Size(max = 30) List<@IntRange(min = -1, max = 100) Integer> before,
      @ForAll @Size(max = 30) List<@IntRange(min = -1, max = 100) Integer> after) {
    Transitions t = Transitions.between(year(2018, before), year(2019, after));
    int sum = 0;
    for (Tier from : Tier.values()) {
      for (Tier to : Tier.values()) {
        sum += t.count(from, to);
      }
    }
    assertEquals(t.inBoth(), sum);
    int both = 0;
    for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
      if (before.get(i) >= 0 && after.get(i) >= 0) {
        both++;
      }
    }
    assertEquals(both, t.inBoth());
  }

  private static EvaluationResult year(int year, List<Integer> scores) {
    List<PublishedResult> rows = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      if (scores.get(i) >= 0) {
        rows.add(PublishedResult.scored(Alliance.of(String.format("1%02d", i + 1), "x"),
            Points.of(scores.get(i))));
      }
    }
    return Evaluation.forYear(year).fromPublished(rows);
  }
}
