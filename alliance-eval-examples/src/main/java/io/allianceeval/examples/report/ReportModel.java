package io.allianceeval.examples.report;

import static java.util.Objects.requireNonNull;

import io.allianceeval.diagnostics.LossAnalysis;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.TierScheme;
import io.allianceeval.statistics.Distribution;
import io.allianceeval.statistics.Share;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report's one model: what it is composed from (the {@link ReportSource}: result, notes,
 * inputs, diagnostics) and every figure derived from it — section 三's counts and shares by tier
 * and batch, section 四's mean points lost — computed once and rounded as asked. Every format is a
 * walk over this model: the composer lays it out for text, Markdown, HTML, Word and the workbook,
 * and {@link ReportData} is its JSON form; none computes a figure again. Percentages are {@code
 * null} where the whole is 0. Immutable.
 */
public final class ReportModel {

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

  /**
   * The figures of one batch; {@code tierShares} are the tiers' percentages of the batch's
   * participants, rounded as a set (empty when the batch has none).
   */
  public record BatchFigures(Batch batch, int population, int participants, int nonParticipants,
      Map<Tier, BigDecimal> tierShares) {}

  /** The counts over all batches: population 157, participants 99, non-participants 58. */
  public record Totals(int population, int participants, int nonParticipants, int active) {}

  private final ReportSource source;
  private final EvaluationResult result;
  private final Totals totals;
  private final PercentRounding rounding;
  private final BigDecimal nonParticipantsOfPopulation;
  private final Map<Tier, TierFigures> tiers = new EnumMap<>(Tier.class);
  private final Map<Batch, BatchFigures> batches = new EnumMap<>(Batch.class);
  private final Map<Batch, Integer> activeByBatch = new EnumMap<>(Batch.class);
  private final Map<Batch, Integer> fullMarksByBatch = new EnumMap<>(Batch.class);
  private final Optional<Map<Indicator, Map<Tier, BigDecimal>>> meanLost;
  private final BigDecimal activeOfParticipants;
  private final BigDecimal activeOfPopulation;

  private ReportModel(ReportSource source, PercentRounding rounding) {
    EvaluationResult result = source.result();
    Optional<LossAnalysis> losses = source.diagnostics().flatMap(DiagnosticsFigures::losses);
    this.source = source;
    this.result = result;
    this.rounding = rounding;
    Distribution d = Distribution.of(result);
    List<Share> tiersOfParticipants = new ArrayList<>();
    List<Share> tiersOfPopulation = new ArrayList<>();
    for (Tier t : Tier.values()) {
      tiersOfParticipants.add(d.ofParticipants(Set.of(t)));
      tiersOfPopulation.add(d.ofPopulation(Set.of(t)));
    }
    tiersOfPopulation.add(d.nonParticipantsOfPopulation()); // a set of five that sums to 100%
    List<BigDecimal> ofParticipants = rounding.ofSet(tiersOfParticipants);
    List<BigDecimal> ofPopulation = rounding.ofSet(tiersOfPopulation);
    this.nonParticipantsOfPopulation = ofPopulation.get(Tier.values().length);
    for (Tier t : Tier.values()) {
      Map<Batch, Integer> byBatch = new EnumMap<>(Batch.class);
      Map<Batch, BigDecimal> ofBatchPopulation = new EnumMap<>(Batch.class);
      for (Batch b : Batch.values()) {
        byBatch.put(b, d.count(t, b));
        ofBatchPopulation.put(b, PercentRounding.single(
            Share.of(d.count(t, b), d.population().count(b))));
      }
      Map<Batch, BigDecimal> ofTierPilots = new EnumMap<>(Batch.class);
      int tierPilots = d.count(Set.of(t), Distribution.PILOTS);
      List<BigDecimal> pilotShares = rounding.ofSet(Distribution.PILOTS.stream()
          .map(b -> Share.of(d.count(t, b), tierPilots)).toList());
      int i = 0;
      for (Batch b : Batch.values()) {
        if (b.isPilot()) {
          ofTierPilots.put(b, pilotShares.get(i++));
        }
      }
      int network = d.count(t, Batch.NETWORK);
      int all = d.count(Set.of(t), Distribution.ALL_BATCHES);
      tiers.put(t, new TierFigures(t, result.tierScheme().band(t), all,
          ofParticipants.get(t.ordinal()), ofPopulation.get(t.ordinal()), byBatch,
          tierPilots, ofTierPilots, ofBatchPopulation,
          PercentRounding.single(Share.of(network, all)),
          PercentRounding.single(Share.of(network, d.participants(Distribution.ALL_BATCHES))),
          PercentRounding.single(Share.of(network, d.population().total()))));
    }
    EnumSet<Tier> active = EnumSet.of(Tier.HIGH, Tier.FAIRLY_HIGH);
    for (Batch b : Batch.values()) {
      int participants = d.participants(Set.of(b));
      Map<Tier, BigDecimal> tierShares = new EnumMap<>(Tier.class);
      if (participants > 0) {
        List<BigDecimal> shares = rounding.ofSet(Arrays.stream(Tier.values())
            .map(t -> Share.of(d.count(t, b), participants)).toList());
        for (Tier t : Tier.values()) {
          tierShares.put(t, shares.get(t.ordinal()));
        }
      }
      batches.put(b, new BatchFigures(b, d.population().count(b), participants,
          d.nonParticipants(Set.of(b)), Collections.unmodifiableMap(tierShares)));
      activeByBatch.put(b, d.count(active, Set.of(b)));
      fullMarksByBatch.put(b, 0);
    }
    for (Participant p : result.participants()) {
      // full marks: the indicator system's total, exactly
      if (p.total().isPresent() && p.total().get().equals(result.indicatorSystem().total())) {
        fullMarksByBatch.merge(p.batch(), 1, Integer::sum);
      }
    }
    this.totals = new Totals(d.population().total(), d.participants(Distribution.ALL_BATCHES),
        d.nonParticipants(Distribution.ALL_BATCHES), d.count(active, Distribution.ALL_BATCHES));
    this.meanLost = result.scoredFromRecords()
        ? Optional.of(meanLost(result, losses.orElseGet(() -> LossAnalysis.of(result))))
        : Optional.empty();
    this.activeOfParticipants = PercentRounding.single(d.ofParticipants(active));
    this.activeOfPopulation = PercentRounding.single(d.ofPopulation(active));
  }

  /**
   * Section 四: each indicator's mean points lost by the alliances of each tier that has any, with
   * two decimals rounded half-up, indicators and tiers in order.
   */
  private static Map<Indicator, Map<Tier, BigDecimal>> meanLost(EvaluationResult result,
      LossAnalysis loss) {
    Map<Indicator, Map<Tier, BigDecimal>> out = new LinkedHashMap<>();
    for (Indicator i : result.indicatorSystem().indicators()) {
      Map<Tier, BigDecimal> byTier = new EnumMap<>(Tier.class);
      for (Tier t : Tier.values()) {
        if (loss.alliances(t) > 0) {
          double lost = loss.losses(t).stream().filter(l -> l.indicator().equals(i)).findFirst()
              .orElseThrow().meanLost();
          byTier.put(t, new BigDecimal(lost).setScale(2, RoundingMode.HALF_UP));
        }
      }
      out.put(i, Collections.unmodifiableMap(byTier));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The model of the report composed from {@code source}, its percentages rounded with {@code
   * rounding}. Section 四's losses come from the diagnostics' analysis of the same result when
   * there is one, so that they are computed once.
   */
  public static ReportModel of(ReportSource source, PercentRounding rounding) {
    return new ReportModel(requireNonNull(source, "source"), requireNonNull(rounding, "rounding"));
  }

  /** The model of {@code result} alone: no notes, inputs or diagnostics. */
  public static ReportModel of(EvaluationResult result, PercentRounding rounding) {
    return of(ReportSource.of(result), rounding);
  }

  /** What the report is composed from. */
  public ReportSource source() {
    return source;
  }

  /** The result. */
  public EvaluationResult result() {
    return result;
  }

  /**
   * Section 四, for a result scored from records: each indicator's mean points lost by tier (the
   * tiers that have alliances), two decimals.
   */
  public Optional<Map<Indicator, Map<Tier, BigDecimal>>> meanLost() {
    return meanLost;
  }

  /** The counts over all batches. */
  public Totals totals() {
    return totals;
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

}
