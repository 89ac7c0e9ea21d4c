package io.allianceeval.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Population;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-worked: 5 participants in a population of 2 + 2 + 2 + 2. */
class DistributionTest {

  private final EvaluationResult result = Evaluation.forYear(2019)
      .withPopulation(Population.ofCounts(2, 2, 2, 2))
      .fromPublished(List.of(
          PublishedResult.scored(Alliance.of("101", "a"), 90),
          PublishedResult.scored(Alliance.of("102", "b"), 75),
          PublishedResult.scored(Alliance.of("201", "c"), 88),
          PublishedResult.tierOnly(Alliance.of("301", "d"), Tier.INACTIVE),
          PublishedResult.scored(Alliance.of("D101", "e"), 86)));
  private final Distribution d = Distribution.of(result);

  @Test
  void counts_areSumsOfTheTierByBatchTable() {
    assertEquals(8, d.population().total());
    assertEquals(5, d.participants(Distribution.ALL_BATCHES));
    assertEquals(3, d.nonParticipants(Distribution.ALL_BATCHES));
    assertEquals(2, d.participants(Set.of(Batch.FIRST)));
    assertEquals(1, d.nonParticipants(Set.of(Batch.THIRD)));
    assertEquals(3, d.count(Set.of(Tier.HIGH), Distribution.ALL_BATCHES));
    assertEquals(1, d.count(Tier.HIGH, Batch.FIRST));
    assertEquals(2, d.count(EnumSet.of(Tier.HIGH, Tier.FAIRLY_HIGH), Set.of(Batch.FIRST)));
    assertEquals(2, d.count(Set.of(Tier.HIGH), Distribution.PILOTS));
    assertEquals(4, d.count(EnumSet.of(Tier.HIGH, Tier.FAIRLY_HIGH), Distribution.ALL_BATCHES));
    assertEquals(0, d.count(Set.of(Tier.AVERAGE), Distribution.ALL_BATCHES));
    assertEquals(0, d.count(Set.of(), Distribution.ALL_BATCHES));
    int cells = 0;
    for (Tier t : Tier.values()) {
      for (Batch b : Batch.values()) {
        cells += d.count(t, b);
      }
    }
    assertEquals(d.participants(Distribution.ALL_BATCHES), cells);
  }

  @Test
  void namedShares() {
    assertEquals(Share.of(3, 8), d.nonParticipantsOfPopulation());
    assertEquals(Share.of(3, 5), d.ofParticipants(Set.of(Tier.HIGH)));
    assertEquals(Share.of(4, 5), d.ofParticipants(EnumSet.of(Tier.HIGH, Tier.FAIRLY_HIGH)));
    assertEquals(Share.of(3, 8), d.ofPopulation(Set.of(Tier.HIGH)));
  }

  @Test
  void theSetsAreTheBatchesAndTiersTheReportCountsOver() {
    assertEquals(EnumSet.allOf(Batch.class), Distribution.ALL_BATCHES);
    assertEquals(EnumSet.of(Batch.FIRST, Batch.SECOND, Batch.THIRD), Distribution.PILOTS);
    Distribution.PILOTS.forEach(b -> assertTrue(b.isPilot()));
    assertEquals(EnumSet.allOf(Tier.class), Distribution.ALL_TIERS);
    assertThrows(UnsupportedOperationException.class, () -> Distribution.PILOTS.add(Batch.NETWORK));
  }

  @Test
  void nulls() {
    new NullPointerTester().setDefault(Tier.class, Tier.HIGH).setDefault(Batch.class, Batch.FIRST)
        .testAllPublicInstanceMethods(d);
  }

  @Test
  void yearAndText() {
    assertEquals(2019, d.year());
    assertEquals("Distribution{2019: 5 of 8; HIGH 3, FAIRLY_HIGH 1, AVERAGE 0, INACTIVE 1}",
        d.toString());
  }
}
