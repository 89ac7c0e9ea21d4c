package io.allianceeval.examples;

import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.diagnostics.Coherence;
import io.allianceeval.diagnostics.Uncertainty;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Fact;
import io.allianceeval.scoring.Standard2019;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The example of {@code docs/diagnostics.md}, compiled and run by the build
 * (DocumentationExamplesTest): four alliances scored from their records, how sure each tier is
 * under uncertain weights, rounding and entries, which input carries the totals, and each group's
 * Cronbach's α.
 */
public final class DiagnosticsExample {

  private DiagnosticsExample() {}

  /** Scores four records, analyses them and prints the findings. */
  public static void main(String[] args) {
    // diagnostics:begin
    String[][] alliances = {{"105", "TD 联盟", "3"}, {"110", "半导体照明联盟", "2"},
        {"212", "电动汽车联盟", "1"}, {"342", "高粱联盟", "1"}};
    List<ActivityRecord> records = new ArrayList<>();
    for (String[] a : alliances) { // every count of the year the same; 342 without a website
      ActivityRecord.Builder b = ActivityRecord.builder(Alliance.of(a[0], a[1]), 2019);
      for (Fact f : Standard2019.facts()) {
        if (f != Standard2019.WEBSITE_MONTHS_SINCE_UPDATE) {
          b.fact(f, Integer.parseInt(a[2]));
        } else if (!a[0].equals("342")) {
          b.fact(f, 1);
        }
      }
      records.add(b.build());
    }
    EvaluationResult result = Evaluation.forYear(2019).score(records);

    Uncertainty u = Uncertainty.of(result).weights(0.20)
        .roundings(List.of(RoundingMode.HALF_UP, RoundingMode.DOWN))
        .entryReliability(0.9, ActivityKinds.standard2019())
        .samples(500).seed(2019).run();
    for (Uncertainty.AllianceUncertainty a : u.alliances()) {
      System.out.printf(Locale.ROOT, "%s %3d %-11s P = %5s%%  rank %d–%d%n", a.alliance().code(),
          a.total(), a.tier(), a.probability(a.tier()).percent(1, RoundingMode.HALF_UP),
          a.rankLow(), a.rankHigh());
    }
    Uncertainty.FactorIndices top = u.indices().stream()
        .max(Comparator.comparingDouble(f -> f.totalTotal().estimate())).orElseThrow();
    System.out.printf(Locale.ROOT, "carries the totals most: %s (total index %.2f, %.2f–%.2f)%n",
        top.factor().id(), top.totalTotal().estimate(), top.totalTotal().low(),
        top.totalTotal().high());

    Coherence c = Coherence.of(result, 0.9);
    c.alphas().forEach(g -> System.out.printf(Locale.ROOT, "group %s: α = %.2f%n", g.group(),
        g.alpha()));
    // diagnostics:end
  }
}
