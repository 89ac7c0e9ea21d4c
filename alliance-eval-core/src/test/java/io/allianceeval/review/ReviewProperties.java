package io.allianceeval.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ReviewProperties {

  @Property
  void everyAggregate_liesBetweenTheSmallestAndLargestScore(
      @ForAll @Size(min = 1, max = 15) List<@DoubleRange(min = 0, max = 100) Double> scores,
      @ForAll @IntRange(min = 1, max = 3) int k) {
    double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
    double min = Arrays.stream(s).min().getAsDouble();
    double max = Arrays.stream(s).max().getAsDouble();
    for (Aggregation a : List.of(Aggregation.mean(), Aggregation.median(),
        Aggregation.trimmedMean(k))) {
      double v = a.aggregate(s);
      assertTrue(v >= min - 1e-9 && v <= max + 1e-9, a + " " + v);
    }
  }

  @Property
  void trimmedMean_ignoresTheExtremes(
      @ForAll @Size(min = 3, max = 15) List<@DoubleRange(min = 0, max = 100) Double> scores,
      @ForAll @DoubleRange(min = 0, max = 1000) double outlier) {
    double[] s = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double[] changed = s.clone();
    changed[changed.length - 1] = Math.max(outlier, s[s.length - 1]);
    changed[0] = Math.min(-outlier, s[0]);
    assertEquals(Aggregation.trimmedMean(1).aggregate(s),
        Aggregation.trimmedMean(1).aggregate(changed), 1e-9);
  }

  @Property
  void reorderingEntriesDecisionsAndExperts_changesNothing(@ForAll long seed) {
    List<ScoreEntry> entries = new ArrayList<>(PanelReviewTest.entries());
    Collections.shuffle(entries, new Random(seed));
    List<Decision> decisions = new ArrayList<>(List.of(
        new Decision(PanelReviewTest.C342, 80, "r", "d"),
        new Decision(PanelReviewTest.C110, 86, "r", "d")));
    Collections.shuffle(decisions, new Random(seed + 1));
    List<io.allianceeval.model.Alliance> alliances = new ArrayList<>(PanelReviewTest.ALLIANCES);
    Collections.shuffle(alliances, new Random(seed + 2));
    PanelReview a = PanelReviewTest.builder(PanelReviewTest.entries())
        .decisions(List.of(new Decision(PanelReviewTest.C110, 86, "r", "d"),
            new Decision(PanelReviewTest.C342, 80, "r", "d"))).build();
    PanelReview b = PanelReview.builder(PanelReviewTest.PANEL).alliances(alliances)
        .entries(entries).decisions(decisions).build();
    assertEquals(a.alliances(), b.alliances());
    assertEquals(a.severity(), b.severity());
    assertEquals(a.audit(), b.audit());
    assertEquals(a.finalScores(), b.finalScores());
  }
}
