package io.allianceeval.diagnostics;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Scorecard;
import io.allianceeval.scoring.TierScheme;
import io.allianceeval.statistics.Share;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How much the tiers depend on the indicator weights, which the report does not publish.
 *
 * <p><b>Monte Carlo.</b> In each run every indicator's maximum is multiplied by a factor drawn
 * uniformly from {@code [1 − x, 1 + x]}; the maxima are rescaled so that the system still totals
 * its declared total; each alliance keeps the same fraction of each indicator's maximum (as {@link
 * IndicatorSystem.Builder#reweight} scales a policy), and is re-totalled, re-tiered and re-ranked.
 * Points stay exact at 0.01, as in any indicator system: each drawn maximum is rounded half-up to
 * a hundredth (the largest absorbs the difference, so the maxima add up to the total exactly), and
 * each alliance's points on it are scaled and rounded half-up as {@code reweight} does.
 * Per alliance: the share of runs that keep its tier, and the 5th–95th percentile of its rank.
 *
 * <p><b>One at a time.</b> Each indicator is removed and the others rescaled to the same total;
 * the number of alliances whose tier changes is counted.
 *
 * <p>Deterministic for a seed. Cost: runs × alliances × indicators, plus a sort per run for the
 * ranks. Needs indicator scores. Immutable.
 */
public final class Sensitivity {

  /** One alliance's robustness. */
  public record AllianceSensitivity(Alliance alliance, Tier tier, Share keepsTier, int rankLow,
      int rankHigh) {}

  /** The effect of removing one indicator. */
  public record Removal(Indicator indicator, int tierChanges) {}

  private final int runs;
  private final long seed;
  private final double variation;
  private final List<AllianceSensitivity> alliances;
  private final List<Removal> removals;

  private Sensitivity(int runs, long seed, double variation, List<AllianceSensitivity> alliances,
      List<Removal> removals) {
    this.runs = runs;
    this.seed = seed;
    this.variation = variation;
    this.alliances = List.copyOf(alliances);
    this.removals = List.copyOf(removals);
  }

  /**
   * Runs the analysis on a scored result.
   *
   * @param variation the largest relative change of a maximum, 0.2 for ±20%; from 0 to 1
   * @throws IllegalArgumentException if the result has no indicator scores, {@code runs < 1} or
   *     the variation is outside {@code [0, 1)}
   */
  public static Sensitivity of(EvaluationResult result, int runs, long seed, double variation) {
    requireNonNull(result, "result");
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1: " + runs);
    }
    if (!(variation >= 0 && variation < 1)) {
      throw new IllegalArgumentException("variation must be from 0 to below 1: " + variation);
    }
    if (!result.scoredFromRecords()) {
      throw new IllegalArgumentException("sensitivity needs indicator scores: the "
          + result.year() + " result was not scored from activity records");
    }
    IndicatorSystem system = result.indicatorSystem();
    TierScheme scheme = result.tierScheme();
    List<Participant> ps = result.participants();
    int n = ps.size();
    int k = system.indicators().size();
    long[] max = new long[k]; // hundredths
    for (int j = 0; j < k; j++) {
      max[j] = system.indicators().get(j).maxPoints().toHundredths();
    }
    long[][] points = new long[n][k];
    Tier[] base = new Tier[n];
    for (int i = 0; i < n; i++) {
      Scorecard card = ps.get(i).scorecard().orElseThrow();
      base[i] = ps.get(i).tier();
      for (int j = 0; j < k; j++) {
        points[i][j] = card.points(system.indicators().get(j).id()).toHundredths();
      }
    }
    long total = system.total().toHundredths();
    Random random = new Random(seed);
    int[] kept = new int[n];
    int[][] ranks = new int[n][runs];
    double[] drawn = new double[k];
    long[] totals = new long[n];
    Integer[] order = new Integer[n];
    for (int r = 0; r < runs; r++) {
      for (int j = 0; j < k; j++) {
        drawn[j] = max[j] * (1 + variation * (2 * random.nextDouble() - 1));
      }
      long[] weights = Reweighting.maximaSummingTo(drawn, total);
      for (int i = 0; i < n; i++) {
        totals[i] = Reweighting.rescored(points[i], max, weights, -1);
        if (tier(scheme, totals[i]) == base[i]) {
          kept[i]++;
        }
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(totals[b], totals[a]));
      int rank = 0;
      for (int pos = 0; pos < n; pos++) {
        if (pos == 0 || totals[order[pos]] != totals[order[pos - 1]]) {
          rank = pos + 1;
        }
        ranks[order[pos]][r] = rank;
      }
    }
    List<AllianceSensitivity> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int[] sorted = ranks[i].clone();
      Arrays.sort(sorted);
      out.add(new AllianceSensitivity(ps.get(i).alliance(), base[i], Share.of(kept[i], runs),
          sorted[NearestRank.index(runs, 0.05)], sorted[NearestRank.index(runs, 0.95)]));
    }
    List<Removal> removals = removals(system, scheme, points, base);
    return new Sensitivity(runs, seed, variation, out, removals);
  }

  /**
   * The one-at-a-time part alone: for each indicator, how many alliances change tier when it is
   * removed and the others rescaled to the same total.
   *
   * @throws IllegalArgumentException if the result has no indicator scores
   */
  public static List<Removal> removals(EvaluationResult result) {
    return of(result, 1, 0, 0).removals();
  }

  private static List<Removal> removals(IndicatorSystem system, TierScheme scheme,
      long[][] points, Tier[] base) {
    int n = points.length;
    int k = system.indicators().size();
    long[] max = new long[k];
    for (int j = 0; j < k; j++) {
      max[j] = system.indicators().get(j).maxPoints().toHundredths();
    }
    long total = system.total().toHundredths();
    List<Removal> removals = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      double[] rest = new double[k];
      for (int m = 0; m < k; m++) {
        rest[m] = m == j ? 0 : max[m];
      }
      long[] weights = Reweighting.maximaSummingTo(rest, total);
      int changes = 0;
      for (int i = 0; i < n; i++) {
        if (tier(scheme, Reweighting.rescored(points[i], max, weights, j)) != base[i]) {
          changes++;
        }
      }
      removals.add(new Removal(system.indicators().get(j), changes));
    }
    return removals;
  }

  /**
   * The tier of an exact total in hundredths, or null for one outside the scheme (below a minimum
   * above 0): such a total keeps no tier. A total over the system's total cannot occur.
   */
  private static Tier tier(TierScheme scheme, long hundredths) {
    Points total = Points.ofHundredths(hundredths);
    return scheme.accepts(total) ? scheme.tierOf(total) : null;
  }

  /** The number of runs. */
  public int runs() {
    return runs;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The largest relative change of a maximum (0.2 for ±20%). */
  public double variation() {
    return variation;
  }

  /** Every participant's robustness, in result order. */
  public List<AllianceSensitivity> alliances() {
    return alliances;
  }

  /** The effect of removing each indicator, in indicator order. */
  public List<Removal> removals() {
    return removals;
  }
}
