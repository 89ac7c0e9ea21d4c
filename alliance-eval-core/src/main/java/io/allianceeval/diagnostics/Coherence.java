package io.allianceeval.diagnostics;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Scorecard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an indicator system hangs together over the alliances it scored (COINr's checks before a
 * sensitivity analysis): the correlation matrix of the indicators (Pearson and Spearman), the
 * redundant pairs (|Pearson r| above a threshold), the indicators that run against their group
 * (negative correlation with the sum of the group's other indicators), Cronbach's α of each group,
 * and each indicator's effective weight — its share of the variance of the total — beside its
 * nominal weight (its maximum over the system's total).
 *
 * <p>An indicator that does not vary over the alliances has no correlation ({@code NaN}) and is
 * neither redundant nor against its group; a group with one indicator, or whose sum does not vary,
 * has no α. Statistics in double precision. Immutable.
 */
public final class Coherence {

  /**
   * A pair of indicators and their Pearson correlation.
   *
   * @param first the first indicator's id
   * @param second the second's
   * @param r the correlation
   */
  public record Pair(String first, String second, double r) {}

  /**
   * An indicator and its correlation with the sum of the other indicators of its group.
   *
   * @param indicator the indicator's id
   * @param group the group's id
   * @param r the corrected item–group correlation
   */
  public record AgainstGroup(String indicator, String group, double r) {}

  /**
   * Cronbach's α of one group.
   *
   * @param group the group's id
   * @param indicators how many indicators it has
   * @param alpha α, or {@code NaN} when it is not defined
   */
  public record GroupAlpha(String group, int indicators, double alpha) {}

  /**
   * An indicator's weights.
   *
   * @param indicator the indicator's id
   * @param nominal its maximum over the system's total
   * @param effective its share of the variance of the total: cov(indicator, total) / var(total)
   */
  public record Weight(String indicator, double nominal, double effective) {}

  private final List<Indicator> indicators;
  private final double[][] pearson;
  private final double[][] spearman;
  private final double threshold;
  private final List<Pair> redundant;
  private final List<AgainstGroup> againstGroup;
  private final List<GroupAlpha> alphas;
  private final List<Weight> weights;

  private Coherence(List<Indicator> indicators, double[][] x, double total, double threshold) {
    this.indicators = List.copyOf(indicators);
    this.threshold = threshold;
    int k = indicators.size();
    double[][] columns = transpose(x, k);
    double[][] ranks = new double[k][];
    for (int i = 0; i < k; i++) {
      ranks[i] = ranks(columns[i]);
    }
    pearson = new double[k][k];
    spearman = new double[k][k];
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        pearson[i][j] = correlation(columns[i], columns[j]);
        spearman[i][j] = correlation(ranks[i], ranks[j]);
        if (i < j && Math.abs(pearson[i][j]) > threshold) {
          pairs.add(new Pair(indicators.get(i).id(), indicators.get(j).id(), pearson[i][j]));
        }
      }
    }
    redundant = List.copyOf(pairs);
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < k; i++) {
      groups.computeIfAbsent(indicators.get(i).group().id(), g -> new ArrayList<>()).add(i);
    }
    List<AgainstGroup> against = new ArrayList<>();
    List<GroupAlpha> alphaList = new ArrayList<>();
    int n = x.length;
    groups.forEach((g, members) -> {
      double[] sum = new double[n];
      for (int i : members) {
        for (int a = 0; a < n; a++) {
          sum[a] += columns[i][a];
        }
      }
      double itemVariances = 0;
      for (int i : members) {
        itemVariances += variance(columns[i]);
        if (members.size() > 1) {
          double[] rest = new double[n];
          for (int a = 0; a < n; a++) {
            rest[a] = sum[a] - columns[i][a];
          }
          double r = correlation(columns[i], rest);
          if (r < 0) {
            against.add(new AgainstGroup(indicators.get(i).id(), g, r));
          }
        }
      }
      double m = members.size();
      double sumVariance = variance(sum);
      alphaList.add(new GroupAlpha(g, members.size(), m < 2 || sumVariance == 0 ? Double.NaN
          : m / (m - 1) * (1 - itemVariances / sumVariance)));
    });
    againstGroup = List.copyOf(against);
    alphas = List.copyOf(alphaList);
    double[] totals = new double[n];
    for (int a = 0; a < n; a++) {
      for (int i = 0; i < k; i++) {
        totals[a] += columns[i][a];
      }
    }
    double totalVariance = variance(totals);
    List<Weight> w = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      w.add(new Weight(indicators.get(i).id(), indicators.get(i).maxPoints().toDouble() / total,
          totalVariance == 0 ? Double.NaN : covariance(columns[i], totals) / totalVariance));
    }
    weights = List.copyOf(w);
  }

  /**
   * The coherence of {@code result}'s indicator system over its participants' scorecards.
   *
   * @param threshold the |Pearson r| above which a pair is redundant, such as 0.9
   * @throws IllegalArgumentException if the result was not scored from records or has fewer than
   *     three participants, or the threshold is not in (0, 1]
   */
  public static Coherence of(EvaluationResult result, double threshold) {
    requireNonNull(result, "result");
    List<Scorecard> cards = new ArrayList<>();
    for (Participant p : result.participants()) {
      p.scorecard().ifPresent(cards::add);
    }
    if (cards.size() < 3) {
      throw new IllegalArgumentException("coherence needs the indicator points of at least three"
          + " alliances scored from records; found " + cards.size());
    }
    IndicatorSystem system = result.indicatorSystem();
    List<Indicator> indicators = system.indicators();
    double[][] x = new double[cards.size()][indicators.size()];
    for (int a = 0; a < cards.size(); a++) {
      for (int i = 0; i < indicators.size(); i++) {
        x[a][i] = cards.get(a).points(indicators.get(i).id()).toDouble();
      }
    }
    return of(indicators, x, system.total().toDouble(), threshold);
  }

  /** The coherence of the indicator points {@code x} (alliance × indicator). */
  static Coherence of(List<Indicator> indicators, double[][] x, double total, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("the redundancy threshold is a correlation in (0, 1]: "
          + threshold);
    }
    for (double[] row : x) {
      if (row.length != indicators.size()) {
        throw new IllegalArgumentException("every alliance needs a value per indicator");
      }
    }
    return new Coherence(indicators, x, total, threshold);
  }

  /** The indicators, in the system's order: the rows and columns of the matrices. */
  public List<String> indicators() {
    return indicators.stream().map(Indicator::id).toList();
  }

  /** The Pearson correlation of indicators {@code i} and {@code j} (by position). */
  public double pearson(int i, int j) {
    return pearson[i][j];
  }

  /** The Spearman (rank) correlation of indicators {@code i} and {@code j} (by position). */
  public double spearman(int i, int j) {
    return spearman[i][j];
  }

  /** The redundancy threshold. */
  public double threshold() {
    return threshold;
  }

  /** The pairs whose |Pearson r| exceeds the threshold, in the system's order. */
  public List<Pair> redundant() {
    return redundant;
  }

  /** The indicators negatively correlated with the sum of the rest of their group. */
  public List<AgainstGroup> againstGroup() {
    return againstGroup;
  }

  /** Cronbach's α of each group, in the system's order. */
  public List<GroupAlpha> alphas() {
    return alphas;
  }

  /** Each indicator's nominal and effective weight, in the system's order. */
  public List<Weight> weights() {
    return weights;
  }

  @Override
  public String toString() {
    return "Coherence{" + indicators.size() + " indicators, " + redundant.size() + " redundant, "
        + againstGroup.size() + " against their group}";
  }

  // ---- statistics

  private static double[][] transpose(double[][] x, int k) {
    double[][] t = new double[k][x.length];
    for (int a = 0; a < x.length; a++) {
      for (int i = 0; i < k; i++) {
        t[i][a] = x[a][i];
      }
    }
    return t;
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  private static double covariance(double[] a, double[] b) {
    double ma = mean(a);
    double mb = mean(b);
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (a[i] - ma) * (b[i] - mb);
    }
    return s / (a.length - 1);
  }

  private static double variance(double[] v) {
    return covariance(v, v);
  }

  /** Pearson's r; NaN when either side does not vary. */
  static double correlation(double[] a, double[] b) {
    double va = variance(a);
    double vb = variance(b);
    if (va == 0 || vb == 0) {
      return Double.NaN;
    }
    return Math.max(-1, Math.min(1, covariance(a, b) / Math.sqrt(va * vb)));
  }

  /** Ranks from 1, ties sharing their mean rank. */
  static double[] ranks(double[] v) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (p, q) -> Double.compare(v[p], v[q]));
    double[] r = new double[v.length];
    int i = 0;
    while (i < v.length) {
      int j = i;
      while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int m = i; m <= j; m++) {
        r[order[m]] = rank;
      }
      i = j + 1;
    }
    return r;
  }
}
