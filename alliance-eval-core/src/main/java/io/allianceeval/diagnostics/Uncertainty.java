package io.allianceeval.diagnostics;

import static java.util.Objects.requireNonNull;

import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.review.Aggregation;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.statistics.Share;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How sure each tier is, and which uncertain input carries the ranking: a variance-based
 * uncertainty and sensitivity analysis (Saisana, Saltelli and Tarantola 2005, as COINr does it).
 *
 * <p><b>Uncertain inputs</b>, each switched on in the {@link Builder} and off by default:
 *
 * <ul>
 *   <li>{@linkplain Builder#weights each indicator's weight}: its maximum times a factor drawn
 *       uniformly from {@code [1 − x, 1 + x]}, the maxima rescaled to the system's total exactly
 *       in hundredths, each alliance keeping its fraction of each maximum — one factor per
 *       indicator;
 *   <li>{@linkplain Builder#aggregations the round aggregation} of the alliances given
 *       {@linkplain Builder#marks experts' marks} (mean, median, trimmed mean; drawn uniformly) —
 *       marks per indicator reweighted like a scorecard, a total alone as it is;
 *   <li>{@linkplain Builder#roundings the rounding before tiering} (half-up, down; drawn
 *       uniformly);
 *   <li>{@linkplain Builder#entryReliability entry reliability}: each counted entry of an
 *       alliance scored from its activity record stands with probability p, and the thinned record
 *       is scored again — one factor, whose value is the whole thinning.
 * </ul>
 *
 * <p><b>Nominal</b>: every input at its declared value — the declared maxima, the nominal
 * aggregation, the tier scheme's rounding, every entry standing. With no marks this reproduces the
 * result's totals and tiers exactly.
 *
 * <p><b>Per alliance</b>, over the 2N independent runs of the base samples A and B: the probability
 * of each tier, and the 5th, 50th and 95th percentile (nearest rank) of its rank. Ranks follow the
 * whole-point totals, as published: 1 + the number of alliances with a higher total.
 *
 * <p><b>Per factor</b>: first-order and total Sobol indices (Saltelli 2010 and Jansen 1999
 * estimators over the N(d + 2) runs of a Saltelli design) of two outputs, with percentile
 * bootstrap intervals: the mean absolute shift of the alliances' ranks from the nominal ranks
 * (COINr's and Saisana's R̄<sub>S</sub>), and the mean absolute shift of their whole-point totals.
 *
 * <p>Deterministic for a seed, whatever the number of cores: each run's inputs are drawn before
 * the runs, which then share the cores. Immutable.
 */
public final class Uncertainty {

  /**
   * One uncertain input.
   *
   * @param kind what it varies
   * @param indicator the indicator whose weight it varies, for {@link Kind#WEIGHT} only
   */
  public record Factor(Kind kind, Optional<Indicator> indicator) {

    /** What a factor varies. */
    public enum Kind {
      /** One indicator's weight. */
      WEIGHT,
      /** The aggregation of experts' marks. */
      AGGREGATION,
      /** The rounding of a total to whole points before tiering. */
      ROUNDING,
      /** Which counted entries stand. */
      RELIABILITY
    }

    /** Checks that exactly a weight has an indicator. */
    public Factor {
      requireNonNull(kind, "kind");
      requireNonNull(indicator, "indicator");
      if (indicator.isPresent() != (kind == Kind.WEIGHT)) {
        throw new IllegalArgumentException("a factor has an indicator if and only if it is a "
            + "weight: " + kind + " " + indicator);
      }
    }

    /**
     * A short name: {@code weight:1.1}, {@code aggregation}, {@code rounding}, {@code
     * reliability}.
     */
    public String id() {
      return indicator.map(i -> "weight:" + i.id()).orElse(kind.name().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * A Sobol index with its bootstrap interval; every part {@code NaN} when the output does not vary
   * (no index is defined), and the interval {@code NaN} when no bootstrap replicate defined one.
   *
   * @param estimate the estimate from every run
   * @param low the lower end of the interval
   * @param high the upper end
   */
  public record Index(double estimate, double low, double high) {

    /** Whether the output varied, so that the index is defined. */
    public boolean isDefined() {
      return !Double.isNaN(estimate);
    }
  }

  /**
   * One factor's indices.
   *
   * @param factor the factor
   * @param rankFirstOrder its first-order index of the mean absolute rank shift
   * @param rankTotal its total index of the mean absolute rank shift
   * @param totalFirstOrder its first-order index of the mean absolute shift of the totals
   * @param totalTotal its total index of the mean absolute shift of the totals
   */
  public record FactorIndices(Factor factor, Index rankFirstOrder, Index rankTotal,
      Index totalFirstOrder, Index totalTotal) {}

  /**
   * One alliance under uncertainty.
   *
   * @param alliance the alliance
   * @param total its nominal whole-point total
   * @param tier its nominal tier
   * @param rank its nominal rank
   * @param tiers the share of runs in each tier of the scheme, best first; a run whose total the
   *     scheme does not accept counts in none
   * @param rankLow the 5th percentile of its rank
   * @param rankMedian the median of its rank
   * @param rankHigh the 95th percentile of its rank
   */
  public record AllianceUncertainty(Alliance alliance, int total, Tier tier, int rank,
      Map<Tier, Share> tiers, int rankLow, int rankMedian, int rankHigh) {

    /** Copies the map, keeping its order. */
    public AllianceUncertainty {
      tiers = Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
    }

    /** The share of runs in {@code tier}; 0 of the runs for a tier the scheme does not use. */
    public Share probability(Tier tier) {
      Share any = tiers.values().iterator().next();
      return tiers.getOrDefault(requireNonNull(tier, "tier"), Share.of(0, any.whole()));
    }
  }

  /**
   * One expert's marks of one alliance: per indicator (an indicator not given counts 0, a blank on
   * the score sheet), or a total alone, which the weights cannot touch.
   *
   * @param alliance the alliance marked
   * @param expert the expert's id
   * @param points the points per indicator id, each from 0 to the indicator's maximum; empty for
   *     a total alone
   * @param total the total alone, from 0 to the system's total; empty for marks per indicator
   */
  public record Marks(AllianceCode alliance, String expert, Map<String, Points> points,
      Optional<Points> total) {

    /**
     * Copies the map.
     *
     * @throws IllegalArgumentException if both or neither of points and total are given
     */
    public Marks {
      requireNonNull(alliance, "alliance");
      requireNonNull(expert, "expert");
      points = Map.copyOf(points);
      requireNonNull(total, "total");
      if (total.isPresent() == !points.isEmpty()) {
        throw new IllegalArgumentException("marks of " + expert + " for " + alliance
            + " are per indicator or a total, not both and not neither");
      }
    }

    /** Marks per indicator. */
    public Marks(AllianceCode alliance, String expert, Map<String, Points> points) {
      this(alliance, expert, points, Optional.empty());
    }

    /** A total alone. */
    public static Marks ofTotal(AllianceCode alliance, String expert, Points total) {
      return new Marks(alliance, expert, Map.of(), Optional.of(total));
    }
  }

  /** The settings an analysis ran with, for reports. */
  public record Settings(int samples, long seed, int bootstraps, double confidence,
      double variation, List<String> aggregations, List<RoundingMode> roundings,
      double reliability) {

    /** Copies the lists. */
    public Settings {
      aggregations = List.copyOf(aggregations);
      roundings = List.copyOf(roundings);
    }
  }

  private final Settings settings;
  private final List<Factor> factors;
  private final List<AllianceUncertainty> alliances;
  private final List<FactorIndices> indices;

  Uncertainty(Settings settings, List<Factor> factors, List<AllianceUncertainty> alliances,
      List<FactorIndices> indices) {
    this.settings = settings;
    this.factors = List.copyOf(factors);
    this.alliances = List.copyOf(alliances);
    this.indices = List.copyOf(indices);
  }

  /**
   * A builder for the analysis of {@code result}, every input switched off.
   *
   * @throws IllegalArgumentException if the result was not scored from activity records (it has
   *     no indicator scores to vary)
   */
  public static Builder of(EvaluationResult result) {
    requireNonNull(result, "result");
    if (!result.scoredFromRecords()) {
      throw new IllegalArgumentException("the uncertainty analysis needs indicator scores: the "
          + result.year() + " result was not scored from activity records");
    }
    return new Builder(result);
  }

  /** The settings. */
  public Settings settings() {
    return settings;
  }

  /** The factors switched on, in design order: the weights in indicator order, then the rest. */
  public List<Factor> factors() {
    return factors;
  }

  /** Every participant, in result order. */
  public List<AllianceUncertainty> alliances() {
    return alliances;
  }

  /** The indices of each factor, in {@link #factors()} order. */
  public List<FactorIndices> indices() {
    return indices;
  }

  /** The number of runs made: N(d + 2). */
  public int runs() {
    return settings.samples() * (factors.size() + 2);
  }

  /**
   * The inputs to vary and how many runs to make. Not thread-safe; {@link #run()} may be called
   * more than once.
   */
  public static final class Builder {

    final EvaluationResult result;
    int samples = 1000;
    long seed = 2019;
    int bootstraps = 500;
    double confidence = 0.90;
    double variation;
    final List<Marks> marks = new ArrayList<>();
    Aggregation nominalAggregation = Aggregation.mean();
    List<Aggregation> aggregations = List.of();
    List<RoundingMode> roundings = List.of();
    double reliability = Double.NaN;
    ActivityKinds kinds;

    private Builder(EvaluationResult result) {
      this.result = result;
    }

    /**
     * Varies each indicator's weight by up to {@code variation} (0.2 for ±20 %); 0 switches the
     * weights off.
     *
     * @throws IllegalArgumentException unless {@code 0 <= variation < 1}
     */
    public Builder weights(double variation) {
      if (!(variation >= 0 && variation < 1)) {
        throw new IllegalArgumentException("variation must be from 0 to below 1: " + variation);
      }
      this.variation = variation;
      return this;
    }

    /**
     * Scores the alliances these marks are of by aggregating their experts' totals (each expert's
     * marks reweighted like a scorecard) instead of from their records; the nominal run aggregates
     * them with {@code nominal}.
     */
    public Builder marks(Collection<Marks> marks, Aggregation nominal) {
      this.marks.clear();
      this.marks.addAll(marks);
      this.nominalAggregation = requireNonNull(nominal, "nominal");
      return this;
    }

    /**
     * Draws the aggregation of the marks from {@code levels}; none switches it off.
     * {@code Aggregation.mean(), median(), trimmedMean(1)} are the office's three.
     */
    public Builder aggregations(List<Aggregation> levels) {
      this.aggregations = List.copyOf(levels);
      return this;
    }

    /**
     * Draws the rounding before tiering from {@code levels} ({@code HALF_UP, DOWN} are the two the
     * report's rule could mean); none switches it off.
     *
     * @throws IllegalArgumentException for {@code UNNECESSARY}, which cannot round
     */
    public Builder roundings(List<RoundingMode> levels) {
      if (levels.contains(RoundingMode.UNNECESSARY)) {
        throw new IllegalArgumentException("UNNECESSARY does not round a fractional total");
      }
      this.roundings = List.copyOf(levels);
      return this;
    }

    /**
     * Lets each counted entry — the count of each {@linkplain
     * io.allianceeval.activity.ActivityKind.Measure#COUNT event kind} of {@code kinds} — stand
     * with probability {@code p} in the alliances scored from their records.
     *
     * @throws IllegalArgumentException unless {@code 0 < p <= 1}
     */
    public Builder entryReliability(double p, ActivityKinds kinds) {
      if (!(p > 0 && p <= 1)) {
        throw new IllegalArgumentException("entry reliability must be above 0 and at most 1: " + p);
      }
      this.reliability = p;
      this.kinds = requireNonNull(kinds, "kinds");
      return this;
    }

    /** Switches entry reliability off. */
    public Builder noEntryReliability() {
      this.reliability = Double.NaN;
      this.kinds = null;
      return this;
    }

    /**
     * The base samples N (default 1000); the analysis makes N(d + 2) runs.
     *
     * @throws IllegalArgumentException if {@code n < 2}
     */
    public Builder samples(int n) {
      if (n < 2) {
        throw new IllegalArgumentException("samples must be at least 2: " + n);
      }
      this.samples = n;
      return this;
    }

    /** The seed (default 2019). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The bootstrap replicates (default 500) and the confidence of the intervals (default 0.90).
     *
     * @throws IllegalArgumentException if {@code replicates < 1} or the confidence is not between 0
     *     and 1
     */
    public Builder bootstrap(int replicates, double confidence) {
      if (replicates < 1) {
        throw new IllegalArgumentException("bootstrap replicates must be at least 1: "
            + replicates);
      }
      if (!(confidence > 0 && confidence < 1)) {
        throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
      }
      this.bootstraps = replicates;
      this.confidence = confidence;
      return this;
    }

    /**
     * Runs the analysis.
     *
     * @throws IllegalArgumentException if marks name an alliance that did not take part or an
     *     indicator the system does not have, or points outside an indicator's range; if the
     *     aggregation is drawn with no marks; if the tier scheme rounds {@code UNNECESSARY}; or if
     *     a nominal total falls outside the tier scheme
     */
    public Uncertainty run() {
      return SaltelliRuns.analyse(new UncertaintyModel(this));
    }
  }
}
