package io.allianceeval.examples;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Fact;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Assessment;
import io.allianceeval.scoring.IndicatorPolicy;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Standard2019;
import io.allianceeval.scoring.TierScheme;
import java.util.List;

/**
 * The example of {@code docs/scoring.md}, compiled and run by the build
 * (DocumentationExamplesTest): a policy of your own, a system derived from the standard one, and a
 * tier scheme of your own.
 */
public final class CustomPolicyExample {

  private CustomPolicyExample() {}

  /** Builds a custom system and tier scheme and scores one record with them. */
  public static void main(String[] args) {
    // custom:begin
    // 1. A policy of your own: two points per standard, at most 6; it declares the fact it reads.
    IndicatorPolicy perStandard = IndicatorPolicy.of(Standard2019.STANDARDS,
        n -> Assessment.of(Math.min(n, 3) * 2, "standards = " + n + ": 2 points each, at most 6"));

    // 2. A system derived from the standard one: replace 2.5's rule, drop 2.9 (5 points) and
    //    give them to a new indicator 2.10 read from a fact of your own.
    Fact international = Fact.of("international_projects", "project", "projects");
    IndicatorSystem system = IndicatorSystem.standard2019().toBuilder()
        .name("2019 with international cooperation")
        .replacePolicy("2.5", perStandard)
        .remove("2.9")
        .indicator("2.10", "国际合作", "international cooperation", 5,
            IndicatorPolicy.ladder(international).atLeast(2, 5).atLeast(1, 3).build())
        .build();

    // 3. A tier scheme of your own: whole points only, no rounding up.
    TierScheme scheme = TierScheme.builder()
        .band(Tier.HIGH, 90, 100)
        .band(Tier.FAIRLY_HIGH, 75, 89)
        .band(Tier.AVERAGE, 60, 74)
        .band(Tier.INACTIVE, 0, 59)
        .rounding(java.math.RoundingMode.DOWN)
        .build();

    ActivityRecord.Builder b = ActivityRecord.builder(Alliance.of("215", "光纤材料产业技术创新战略联盟"), 2019);
    for (Fact f : system.requiredFacts()) {
      b.fact(f, 1);
    }
    ActivityRecord record = b.fact(international, 2).fact(Standard2019.STANDARDS, 2).build();

    EvaluationResult result = Evaluation.forYear(2019)
        .withIndicatorSystem(system)
        .withTierScheme(scheme)
        .score(List.of(record));
    Participant p = result.participants().get(0);
    System.out.println(p);
    System.out.println("  " + p.scorecard().orElseThrow().indicatorScores().get(10));
    System.out.println("  " + p.scorecard().orElseThrow().indicatorScores().get(14));
    // custom:end
  }
}
