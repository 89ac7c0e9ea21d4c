package io.allianceeval.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.activity.ActivityKind;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.diagnostics.Uncertainty.AllianceUncertainty;
import io.allianceeval.diagnostics.Uncertainty.Factor;
import io.allianceeval.diagnostics.Uncertainty.FactorIndices;
import io.allianceeval.diagnostics.Uncertainty.Index;
import io.allianceeval.diagnostics.Uncertainty.Marks;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Fact;
import io.allianceeval.model.Points;
import io.allianceeval.review.Aggregation;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.Standard2019;
import io.allianceeval.testing.Records;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The properties issue 21 asks of the uncertainty and sensitivity analysis. */
class UncertaintyProperties {

  /** Counted entries no indicator reads: thinning them touches no result. */
  static final Fact NEWSLETTERS = Fact.of("newsletters", "issue", "issues");

  @Provide
  Arbitrary<List<int[]>> factSets() {
    return Arbitraries.integers().between(0, 6).array(int[].class).ofSize(20).list()
        .ofMinSize(2).ofMaxSize(25);
  }

  @Property(tries = 60)
  void withEveryUncertaintyOff_everyTierHasProbabilityOne(
      @ForAll("factSets") List<int[]> facts, @ForAll long seed) {
    EvaluationResult r = DiagnosticsProperties.scored(facts);
    Uncertainty u = Uncertainty.of(r).seed(seed).samples(20).run();
    for (int i = 0; i < r.participants().size(); i++) {
      Participant p = r.participants().get(i);
      AllianceUncertainty a = u.alliances().get(i);
      assertEquals(p.tier(), a.tier());
      assertEquals(40, a.probability(p.tier()).part(), a.toString());
      assertEquals(p.rank().getAsInt(), a.rankLow());
      assertEquals(p.rank().getAsInt(), a.rankHigh());
    }
  }

  @Property(tries = 25)
  void aFactorThatTouchesNoResult_hasIndicesOfAboutZero_withinTheirInterval(
      @ForAll("factSets") List<int[]> facts, @ForAll @IntRange(min = 0, max = 9) int news,
      @ForAll long seed) {
    List<ActivityRecord> records = new ArrayList<>();
    for (ActivityRecord r : DiagnosticsProperties.records(facts)) {
      ActivityRecord.Builder b = ActivityRecord.builder(r.alliance(), 2019);
      r.facts().forEach(b::fact);
      records.add(b.fact(NEWSLETTERS, news + r.code().number()).build());
    }
    EvaluationResult result = Evaluation.forYear(2019).score(records);
    // three experts who agree with the record: the aggregation cannot matter
    List<Marks> marks = new ArrayList<>();
    for (Participant p : result.participants()) {
      Map<String, Points> points = new LinkedHashMap<>();
      for (Indicator i : result.indicatorSystem().indicators()) {
        points.put(i.id(), p.scorecard().orElseThrow().points(i.id()));
      }
      for (String e : List.of("E01", "E02", "E03")) {
        marks.add(new Marks(p.code(), e, points));
      }
    }
    Uncertainty u = Uncertainty.of(result).weights(0.4).seed(seed).samples(150)
        .bootstrap(200, 0.9)
        .marks(marks.subList(0, marks.size() / 2), Aggregation.mean())
        .aggregations(List.of(Aggregation.mean(), Aggregation.median()))
        .entryReliability(0.5, ActivityKinds.of(List.of(ActivityKind.event(NEWSLETTERS))))
        .run();
    for (FactorIndices f : u.indices()) {
      if (f.factor().kind() == Factor.Kind.WEIGHT) {
        continue;
      }
      for (Index index : List.of(f.rankFirstOrder(), f.rankTotal(), f.totalFirstOrder(),
          f.totalTotal())) {
        if (index.isDefined()) {
          assertEquals(0, index.estimate(), 0.02, f.toString());
          assertTrue(index.low() <= 0 && 0 <= index.high(), f.toString());
        }
      }
    }
  }

  @Property(tries = 15)
  void whenOneIndicatorCarriesAllTheVarianceBetweenAlliances_itsTotalIndexIsTheLargest(
      @ForAll @Size(min = 4, max = 30) List<@IntRange(min = 0, max = 3) Integer> projects,
      @ForAll long seed) {
    if (projects.stream().distinct().count() < 2) {
      return; // no variance between the alliances
    }
    List<ActivityRecord> records = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      Alliance a = Alliance.of(AllianceCode.parse(String.format("1%02d", i + 1)), "联盟" + i);
      ActivityRecord zero = Records.zero(a, 2019);
      ActivityRecord.Builder b = ActivityRecord.builder(a, 2019);
      zero.facts().forEach(b::fact);
      records.add(b.fact(Standard2019.SELF_INITIATED_PROJECTS, projects.get(i)).build());
    }
    EvaluationResult result = Evaluation.forYear(2019).score(records);
    Uncertainty u = Uncertainty.of(result).weights(0.3).seed(seed).samples(300)
        .bootstrap(100, 0.9).roundings(List.of(RoundingMode.HALF_UP, RoundingMode.DOWN)).run();
    FactorIndices largest = u.indices().stream()
        .max(Comparator.comparingDouble(f -> f.totalTotal().estimate())).orElseThrow();
    assertEquals("weight:2.1", largest.factor().id(), u.indices().toString());
  }
}
