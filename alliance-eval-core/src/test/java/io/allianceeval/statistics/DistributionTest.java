package io.allianceeval.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Population;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import io.allianceeval.statistics.Distribution.BatchScope;
import java.util.EnumSet;
import java.util.List;
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
  void counts() {
    assertEquals(8, d.population());
    assertEquals(5, d.participants());
    assertEquals(3, d.nonParticipants());
    assertEquals(2, d.participants(Batch.FIRST));
    assertEquals(1, d.nonParticipants(Batch.THIRD));
    assertEquals(3, d.count(Tier.HIGH));
    assertEquals(1, d.count(Tier.HIGH, Batch.FIRST));
    assertEquals(2, d.count(EnumSet.of(Tier.HIGH, Tier.FAIRLY_HIGH), Batch.FIRST));
    assertEquals(2, d.count(EnumSet.of(Tier.HIGH), BatchScope.PILOTS));
    assertEquals(4, d.count(EnumSet.of(Tier.HIGH, Tier.FAIRLY_HIGH)));
    assertEquals(0, d.count(Tier.AVERAGE));
  }

  @Test
  void shares() {
    assertEquals(Share.of(3, 8), d.nonParticipantsOfPopulation());
    assertEquals(Share.of(3, 5), d.ofParticipants(Tier.HIGH));
    assertEquals(Share.of(4, 5), d.ofParticipants(EnumSet.of(Tier.HIGH, Tier.FAIRLY_HIGH)));
    assertEquals(Share.of(3, 8), d.ofPopulation(Tier.HIGH));
    assertEquals(Share.of(1, 2), d.ofBatchPopulation(Tier.HIGH, Batch.FIRST));
    assertEquals(Share.of(1, 2), d.ofTier(Tier.HIGH, Batch.FIRST, BatchScope.PILOTS));
    assertEquals(Share.of(1, 3), d.ofTier(Tier.HIGH, Batch.FIRST, BatchScope.ALL));
    assertEquals(Share.of(1, 5), d.ofParticipants(Tier.HIGH, Batch.NETWORK));
    assertEquals(Share.of(1, 8), d.ofPopulation(Tier.HIGH, Batch.NETWORK));
    assertEquals(Share.of(1, 2), d.ofBatchParticipants(Tier.FAIRLY_HIGH, Batch.FIRST));
    assertEquals(List.of(Share.of(3, 5), Share.of(1, 5), Share.of(0, 5), Share.of(1, 5)),
        d.tiersOfParticipants());
    assertEquals(5, d.tiersOfPopulation().size());
    assertEquals(3, d.batchesOfTier(Tier.HIGH, BatchScope.PILOTS).size());
    assertThrows(IllegalArgumentException.class,
        () -> d.ofTier(Tier.HIGH, Batch.NETWORK, BatchScope.PILOTS));
  }

  @Test
  void nulls() {
    new NullPointerTester().setDefault(Tier.class, Tier.HIGH).setDefault(Batch.class, Batch.FIRST)
        .testAllPublicInstanceMethods(d);
  }
}
