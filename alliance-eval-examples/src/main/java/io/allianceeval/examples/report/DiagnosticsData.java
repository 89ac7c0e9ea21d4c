package io.allianceeval.examples.report;

import io.allianceeval.diagnostics.Gaps;
import io.allianceeval.diagnostics.LossAnalysis;
import io.allianceeval.diagnostics.Coherence;
import io.allianceeval.diagnostics.Transitions;
import io.allianceeval.diagnostics.Uncertainty;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The diagnostics of a report as data, the {@code diagnostics} object of the JSON output. A part
 * the result cannot support is {@code null}: losses, uncertainty, removals and coherence need
 * indicator scores, transitions a previous year.
 *
 * @param losses by tier, the mean points lost and the share of alliances with none, per indicator
 * @param gaps for each participant, the points it needs to reach the next tier, and where from
 * @param uncertainty tier probabilities, rank intervals and Sobol indices
 * @param removals what removing each indicator changes
 * @param coherence correlations, flags, α and effective weights of the indicator system
 * @param transitions the tier matrix against the previous year
 */
public record DiagnosticsData(List<TierLosses> losses, List<Gap> gaps,
    UncertaintyData uncertainty, List<Removal> removals, CoherenceData coherence,
    TransitionsData transitions) {

  /** One tier's losses. */
  public record TierLosses(String tier, int alliances, List<Loss> indicators) {}

  /** The loss on one indicator. */
  public record Loss(String id, String group, BigDecimal meanLost, BigDecimal zeroShare) {}

  /** One participant's gap to the next tier; {@code next} is null in the top tier. */
  public record Gap(String code, String tier, String next, BigDecimal pointsNeeded,
      List<Source> sources) {}

  /** Points still available on one indicator. */
  public record Source(String id, BigDecimal available) {}

  /** The uncertainty and sensitivity analysis. */
  public record UncertaintyData(int samples, int runs, long seed, int bootstraps,
      BigDecimal confidence, List<String> factors, BigDecimal variation,
      List<String> aggregations, List<String> roundings, BigDecimal reliability,
      List<AllianceUncertainty> alliances, List<FactorIndices> indices) {}

  /** One alliance under uncertainty; {@code tiers} in percent of the runs. */
  public record AllianceUncertainty(String code, int total, String tier, int rank,
      Map<String, BigDecimal> tiers, int rankLow, int rankMedian, int rankHigh) {}

  /** One factor's Sobol indices. */
  public record FactorIndices(String factor, Index rankFirstOrder, Index rankTotal,
      Index totalFirstOrder, Index totalTotal) {}

  /** An index with its interval, each null when not defined. */
  public record Index(BigDecimal estimate, BigDecimal low, BigDecimal high) {}

  /** The coherence of the indicator system. */
  public record CoherenceData(List<String> indicators, List<List<BigDecimal>> pearson,
      List<List<BigDecimal>> spearman, BigDecimal threshold, List<Pair> redundant,
      List<AgainstGroup> againstGroup, List<GroupAlpha> alphas, List<Weight> weights) {}

  /** Two redundant indicators. */
  public record Pair(String first, String second, BigDecimal r) {}

  /** An indicator against its group. */
  public record AgainstGroup(String indicator, String group, BigDecimal r) {}

  /** A group's Cronbach's α (null when not defined). */
  public record GroupAlpha(String group, int indicators, BigDecimal alpha) {}

  /** An indicator's nominal and effective weight, as shares of 1. */
  public record Weight(String indicator, BigDecimal nominal, BigDecimal effective) {}

  /** What removing one indicator changes. */
  public record Removal(String id, int tierChanges) {}

  /** The tier transitions from the previous year. */
  public record TransitionsData(int previousYear, int inBoth,
      Map<String, Map<String, Integer>> matrix, List<Move> movedUp, List<Move> movedDown,
      List<String> joined, List<String> left) {}

  /** An alliance that changed tier. */
  public record Move(String code, String from, String to) {}

  static DiagnosticsData of(DiagnosticsFigures d) {
    return new DiagnosticsData(d.losses().map(DiagnosticsData::losses).orElse(null),
        d.gaps().stream().map(DiagnosticsData::gap).toList(),
        d.uncertainty().map(DiagnosticsData::uncertainty).orElse(null),
        d.uncertainty().isEmpty() ? null : d.removals().stream().map(r -> new Removal(
            r.indicator().id(), r.tierChanges())).toList(),
        d.coherence().map(DiagnosticsData::coherence).orElse(null),
        d.transitions().map(DiagnosticsData::transitions).orElse(null));
  }

  private static List<TierLosses> losses(LossAnalysis loss) {
    return Arrays.stream(Tier.values()).map(t -> new TierLosses(t.name(),
        loss.alliances(t), loss.losses(t).stream().map(l -> new Loss(l.indicator().id(),
            l.indicator().group().id(), DoubleText.exact(l.meanLost()),
            PercentRounding.single(l.zeroShare()))).toList())).toList();
  }

  private static Gap gap(Gaps.Gap g) {
    return new Gap(g.participant().code().toString(), g.participant().tier().name(),
        g.next().map(Tier::name).orElse(null), g.pointsNeeded().toBigDecimal(),
        g.sources().stream().map(s -> new Source(s.indicator().id(),
            s.available().toBigDecimal())).toList());
  }

  private static UncertaintyData uncertainty(Uncertainty u) {
    Uncertainty.Settings s = u.settings();
    return new UncertaintyData(s.samples(), u.runs(), s.seed(), s.bootstraps(),
        rounded(s.confidence(), 4), u.factors().stream().map(Uncertainty.Factor::id).toList(),
        DoubleText.exact(s.variation() * 100), s.aggregations(),
        s.roundings().stream().map(RoundingMode::name).toList(),
        DoubleText.exact(s.reliability()),
        u.alliances().stream().map(DiagnosticsData::alliance).toList(),
        u.indices().stream().map(f -> new FactorIndices(f.factor().id(), index(f.rankFirstOrder()),
            index(f.rankTotal()), index(f.totalFirstOrder()), index(f.totalTotal()))).toList());
  }

  private static AllianceUncertainty alliance(Uncertainty.AllianceUncertainty a) {
    Map<String, BigDecimal> tiers = new LinkedHashMap<>();
    a.tiers().forEach((t, share) -> tiers.put(t.name(), share.percent()));
    return new AllianceUncertainty(a.alliance().code().toString(), a.total(), a.tier().name(),
        a.rank(), tiers, a.rankLow(), a.rankMedian(), a.rankHigh());
  }

  private static Index index(Uncertainty.Index i) {
    return new Index(rounded(i.estimate(), 4), rounded(i.low(), 4), rounded(i.high(), 4));
  }

  /** {@code value} rounded half-up to {@code scale} decimals; null when it is not a number. */
  private static BigDecimal rounded(double value, int scale) {
    return Double.isFinite(value)
        ? BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros()
        : null;
  }

  private static CoherenceData coherence(Coherence c) {
    int k = c.indicators().size();
    List<List<BigDecimal>> pearson = new ArrayList<>();
    List<List<BigDecimal>> spearman = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      List<BigDecimal> p = new ArrayList<>();
      List<BigDecimal> r = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        p.add(rounded(c.pearson(i, j), 4));
        r.add(rounded(c.spearman(i, j), 4));
      }
      pearson.add(p);
      spearman.add(r);
    }
    return new CoherenceData(c.indicators(), pearson, spearman, DoubleText.exact(c.threshold()),
        c.redundant().stream().map(p -> new Pair(p.first(), p.second(), rounded(p.r(), 4)))
            .toList(),
        c.againstGroup().stream().map(a -> new AgainstGroup(a.indicator(), a.group(),
            rounded(a.r(), 4))).toList(),
        c.alphas().stream().map(a -> new GroupAlpha(a.group(), a.indicators(),
            rounded(a.alpha(), 4))).toList(),
        c.weights().stream().map(w -> new Weight(w.indicator(), rounded(w.nominal(), 4),
            rounded(w.effective(), 4))).toList());
  }

  private static TransitionsData transitions(Transitions t) {
    Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
    for (Tier from : Tier.values()) {
      Map<String, Integer> row = new LinkedHashMap<>();
      for (Tier to : Tier.values()) {
        row.put(to.name(), t.count(from, to));
      }
      matrix.put(from.name(), row);
    }
    return new TransitionsData(t.previousYear(), t.inBoth(), matrix, moves(t.movedUp()),
        moves(t.movedDown()), codes(t.joined()), codes(t.left()));
  }

  private static List<Move> moves(List<Transitions.Move> moves) {
    return moves.stream().map(m -> new Move(m.alliance().code().toString(), m.from().name(),
        m.to().name())).toList();
  }

  private static List<String> codes(List<Alliance> alliances) {
    return alliances.stream().map(a -> a.code().toString()).toList();
  }
}
