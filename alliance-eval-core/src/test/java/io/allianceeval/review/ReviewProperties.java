package io.allianceeval.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.Points;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ReviewProperties {

  @Property
  void everyAggregate_liesBetweenTheSmallestAndLargestScore(
      @ForAll @Size(min = 1, max = 15) List<@IntRange(min = 0, max = 10000) Integer> hundredths,
      @ForAll @IntRange(min = 1, max = 3) int k) {
    List<Points> s = hundredths.stream().map(h -> Points.ofHundredths(h)).toList();
    Points min = Collections.min(s);
    Points max = Collections.max(s);
    for (Aggregation a : List.of(Aggregation.mean(), Aggregation.median(),
        Aggregation.trimmedMean(k))) {
      Points v = a.aggregate(s);
      assertTrue(v.compareTo(min) >= 0 && v.compareTo(max) <= 0, a + " " + v);
    }
  }

  @Property
  void trimmedMean_ignoresTheExtremes(
      @ForAll @Size(min = 3, max = 15) List<@IntRange(min = 0, max = 10000) Integer> hundredths,
      @ForAll @IntRange(min = 0, max = 100000) int outlier) {
    List<Points> s = hundredths.stream().sorted().map(h -> Points.ofHundredths(h)).toList();
    List<Points> changed = new ArrayList<>(s);
    changed.set(changed.size() - 1, s.get(s.size() - 1).max(Points.ofHundredths(outlier)));
    changed.set(0, s.get(0).min(Points.ofHundredths(-outlier)));
    assertEquals(Aggregation.trimmedMean(1).aggregate(s),
        Aggregation.trimmedMean(1).aggregate(changed));
  }

  @Property
  void reorderingEntriesDecisionsAndExperts_changesNothing(@ForAll long seed) {
    List<ScoreEntry> entries = new ArrayList<>(ReviewFixtures.entries());
    Collections.shuffle(entries, new Random(seed));
    List<Decision> decisions = new ArrayList<>(List.of(
        new Decision(ReviewFixtures.C342, 80, "r", "d"),
        new Decision(ReviewFixtures.C110, 86, "r", "d")));
    Collections.shuffle(decisions, new Random(seed + 1));
    List<io.allianceeval.model.Alliance> alliances = new ArrayList<>(ReviewFixtures.ALLIANCES);
    Collections.shuffle(alliances, new Random(seed + 2));
    PanelReview a = ReviewFixtures.builder()
        .decisions(List.of(new Decision(ReviewFixtures.C110, 86, "r", "d"),
            new Decision(ReviewFixtures.C342, 80, "r", "d"))).build();
    PanelReview b = PanelReview.builder(ReviewFixtures.PANEL).alliances(alliances)
        .entries(entries).decisions(decisions).build();
    assertEquals(a.alliances(), b.alliances());
    assertEquals(a.severity(), b.severity());
    assertEquals(a.audit(), b.audit());
    assertEquals(a.finalScores(), b.finalScores());
  }
}
