package io.allianceeval.examples.report;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.TierScheme;
import io.allianceeval.statistics.Distribution;
import io.allianceeval.statistics.Distribution.BatchScope;
import io.allianceeval.statistics.Share;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure of the report's section 三, computed once from a result and rounded as asked, so
 * that every format prints the same numbers. Percentages are {@code null} where the whole is 0.
 */
public final class ReportFigures {

  /** The figures of one tier. */
  public record TierFigures(
      Tier tier,
      Optional<TierScheme.Band> band,
      int count,
      BigDecimal ofParticipants,
      BigDecimal ofPopulation,
      Map<Batch, Integer> byBatch,
      int pilots,
      Map<Batch, BigDecimal> ofTierPilots,
      Map<Batch, BigDecimal> ofBatchPopulation,
      BigDecimal networkOfTier,
      BigDecimal networkOfParticipants,
      BigDecimal networkOfPopulation) {}

  /** The figures of one batch. */
  public record BatchFigures(Batch batch, int population, int participants, int nonParticipants) {}

  private final EvaluationResult result;
  private final Distribution distribution;
  private final PercentRounding rounding;
  private final BigDecimal nonParticipantsOfPopulation;
  private final Map<Tier, TierFigures> tiers = new EnumMap<>(Tier.class);
  private final Map<Batch, BatchFigures> batches = new EnumMap<>(Batch.class);
  private final Map<Batch, Integer> activeByBatch = new EnumMap<>(Batch.class);
  private final Map<Batch, Integer> fullMarksByBatch = new EnumMap<>(Batch.class);
  private final BigDecimal activeOfParticipants;
  private final BigDecimal activeOfPopulation;

  private ReportFigures(EvaluationResult result, PercentRounding rounding) {
    this.result = result;
    this.rounding = rounding;
    Distribution d = Distribution.of(result);
    this.distribution = d;
    List<BigDecimal> ofParticipants = rounding.ofSet(d.tiersOfParticipants());
    List<BigDecimal> ofPopulation = rounding.ofSet(d.tiersOfPopulation());
    this.nonParticipantsOfPopulation = ofPopulation.get(Tier.values().length);
    for (Tier t : Tier.values()) {
      Map<Batch, Integer> byBatch = new EnumMap<>(Batch.class);
      Map<Batch, BigDecimal> ofBatchPopulation = new EnumMap<>(Batch.class);
      for (Batch b : Batch.values()) {
        byBatch.put(b, d.count(t, b));
        ofBatchPopulation.put(b, PercentRounding.single(d.ofBatchPopulation(t, b)));
      }
      Map<Batch, BigDecimal> ofTierPilots = new EnumMap<>(Batch.class);
      List<BigDecimal> pilotShares = rounding.ofSet(d.batchesOfTier(t, BatchScope.PILOTS));
      int i = 0;
      for (Batch b : Batch.values()) {
        if (b.isPilot()) {
          ofTierPilots.put(b, pilotShares.get(i++));
        }
      }
      tiers.put(t, new TierFigures(t, result.tierScheme().band(t), d.count(t),
          ofParticipants.get(t.ordinal()), ofPopulation.get(t.ordinal()), byBatch,
          d.count(EnumSet.of(t), BatchScope.PILOTS), ofTierPilots, ofBatchPopulation,
          PercentRounding.single(d.ofTier(t, Batch.NETWORK, BatchScope.ALL)),
          PercentRounding.single(d.ofParticipants(t, Batch.NETWORK)),
          PercentRounding.single(d.ofPopulation(t, Batch.NETWORK))));
    }
    EnumSet<Tier> active = EnumSet.of(Tier.HIGH, Tier.FAIRLY_HIGH);
    for (Batch b : Batch.values()) {
      batches.put(b, new BatchFigures(b, d.population(b), d.participants(b), d.nonParticipants(b)));
      activeByBatch.put(b, d.count(active, b));
      fullMarksByBatch.put(b, 0);
    }
    for (Participant p : result.participants()) {
      // full marks: the indicator system's total, exactly
      if (p.total().isPresent() && p.total().get().equals(result.indicatorSystem().total())) {
        fullMarksByBatch.merge(p.batch(), 1, Integer::sum);
      }
    }
    this.activeOfParticipants = PercentRounding.single(d.ofParticipants(active));
    this.activeOfPopulation = PercentRounding.single(d.ofPopulation(active));
  }

  /** The figures of {@code result}, rounded with {@code rounding}. */
  public static ReportFigures of(EvaluationResult result, PercentRounding rounding) {
    return new ReportFigures(requireNonNull(result, "result"), requireNonNull(rounding, "rounding"));
  }

  /** The result. */
  public EvaluationResult result() {
    return result;
  }

  /** The distribution the figures come from. */
  public Distribution distribution() {
    return distribution;
  }

  /** The rounding of the percentages. */
  public PercentRounding rounding() {
    return rounding;
  }

  /** The year. */
  public int year() {
    return result.year();
  }

  /** Non-participants as a percentage of all alliances. */
  public BigDecimal nonParticipantsOfPopulation() {
    return nonParticipantsOfPopulation;
  }

  /** The figures of {@code tier}. */
  public TierFigures tier(Tier tier) {
    return tiers.get(tier);
  }

  /** The figures of {@code batch}. */
  public BatchFigures batch(Batch batch) {
    return batches.get(batch);
  }

  /** HIGH + FAIRLY_HIGH by batch. */
  public Map<Batch, Integer> activeByBatch() {
    return activeByBatch;
  }

  /** HIGH + FAIRLY_HIGH as a percentage of participants. */
  public BigDecimal activeOfParticipants() {
    return activeOfParticipants;
  }

  /** HIGH + FAIRLY_HIGH as a percentage of all alliances. */
  public BigDecimal activeOfPopulation() {
    return activeOfPopulation;
  }

  /** Participants with the scheme's maximum total, by batch. */
  public Map<Batch, Integer> fullMarksByBatch() {
    return fullMarksByBatch;
  }

  /** Shares used for charts. */
  Share participantsShare(Tier t) {
    return distribution.ofParticipants(t);
  }
}
