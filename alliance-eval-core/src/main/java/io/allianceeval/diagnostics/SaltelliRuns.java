package io.allianceeval.diagnostics;

import io.allianceeval.diagnostics.Uncertainty.AllianceUncertainty;
import io.allianceeval.diagnostics.Uncertainty.Factor;
import io.allianceeval.diagnostics.Uncertainty.FactorIndices;
import io.allianceeval.diagnostics.Uncertainty.Index;
import io.allianceeval.model.Tier;
import io.allianceeval.review.Aggregation;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.statistics.Share;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The runs of an {@link Uncertainty} analysis: the Saltelli design (base samples A and B, and each
 * A_B^(i)), the thinnings of the entry-reliability factor drawn before the runs, the runs on every
 * core, and the summaries — per alliance from the 2N runs of A and B, per factor from all of them.
 */
final class SaltelliRuns {

  private SaltelliRuns() {}

  static Uncertainty analyse(UncertaintyModel m) {
    Uncertainty.Builder b = m.settings;
    boolean weightsOn = b.variation > 0;
    boolean aggregationOn = !b.aggregations.isEmpty();
    boolean roundingOn = !b.roundings.isEmpty();
    boolean reliabilityOn = !Double.isNaN(b.reliability);
    List<Factor> factors = new ArrayList<>();
    if (weightsOn) {
      for (Indicator i : b.result.indicatorSystem().indicators()) {
        factors.add(new Factor(Factor.Kind.WEIGHT, Optional.of(i)));
      }
    }
    int aggregationCol = column(factors, aggregationOn, Factor.Kind.AGGREGATION);
    int roundingCol = column(factors, roundingOn, Factor.Kind.ROUNDING);
    int reliabilityCol = column(factors, reliabilityOn, Factor.Kind.RELIABILITY);
    int d = factors.size();
    int samples = b.samples;
    SplittableRandom random = new SplittableRandom(b.seed);
    double[][] a = new double[samples][d];
    double[][] bs = new double[samples][d];
    for (int r = 0; r < samples; r++) {
      for (int c = 0; c < d; c++) {
        a[r][c] = random.nextDouble();
      }
      for (int c = 0; c < d; c++) {
        bs[r][c] = random.nextDouble();
      }
    }
    // each thinning its own seed from the design's generator: seeds a fixed step apart would give
    // SplittableRandom streams that are one another shifted, and rows that are not independent
    long[] thinningSeeds = new long[reliabilityOn ? 2 * samples : 0];
    for (int r = 0; r < thinningSeeds.length; r++) {
      thinningSeeds[r] = random.nextLong();
    }
    long bootstrapSeed = random.nextLong();
    int[][][] thinnings = new int[thinningSeeds.length][][];
    IntStream.range(0, thinnings.length).parallel()
        .forEach(r -> thinnings[r] = m.thinned(thinningSeeds[r]));

    int n = m.n;
    int[] nominal = new int[n];
    m.run(m.max, b.nominalAggregation, m.nominalWhole, null, nominal);
    int[] nominalRanks = m.ranks(nominal);
    for (int i = 0; i < n; i++) {
      if (m.tierOfWhole[nominal[i]] < 0) {
        throw new IllegalArgumentException(m.participants.get(i).code() + "'s nominal total "
            + nominal[i] + " is outside the tier scheme");
      }
    }
    int runs = samples * (d + 2);
    double[] yRank = new double[runs];
    double[] yTotal = new double[runs];
    int[][] wholes = new int[2 * samples][];
    int[][] ranks = new int[2 * samples][];
    IntStream.range(0, runs).parallel().forEach(r -> {
      double[] u;
      int thinning;
      if (r < 2 * samples) {
        u = r < samples ? a[r] : bs[r - samples];
        thinning = r;
      } else {
        int i = (r - 2 * samples) / samples;
        int row = (r - 2 * samples) % samples;
        u = a[row].clone();
        u[i] = bs[row][i];
        thinning = i == reliabilityCol ? samples + row : row;
      }
      long[] weights = weightsOn ? weights(m, u, b.variation) : m.max;
      Aggregation agg = aggregationOn ? b.aggregations.get(level(u[aggregationCol],
          b.aggregations.size())) : b.nominalAggregation;
      int[] table = roundingOn ? m.whole[level(u[roundingCol], m.whole.length)] : m.nominalWhole;
      int[] w = new int[n];
      m.run(weights, agg, table, reliabilityOn ? thinnings[thinning] : null, w);
      int[] rk = m.ranks(w);
      long rankShift = 0;
      long totalShift = 0;
      for (int i = 0; i < n; i++) {
        rankShift += Math.abs(rk[i] - nominalRanks[i]);
        totalShift += Math.abs(w[i] - nominal[i]);
      }
      yRank[r] = (double) rankShift / n;
      yTotal[r] = (double) totalShift / n;
      if (r < 2 * samples) {
        wholes[r] = w;
        ranks[r] = rk;
      }
    });
    List<AllianceUncertainty> alliances = alliances(m, nominal, nominalRanks, wholes, ranks);
    Index[][] rank = SobolEstimator.estimate(part(yRank, 0, samples),
        part(yRank, samples, samples), parts(yRank, d, samples), b.bootstraps, b.confidence,
        bootstrapSeed);
    Index[][] total = SobolEstimator.estimate(part(yTotal, 0, samples),
        part(yTotal, samples, samples), parts(yTotal, d, samples), b.bootstraps, b.confidence,
        bootstrapSeed);
    List<FactorIndices> indices = new ArrayList<>(d);
    for (int i = 0; i < d; i++) {
      indices.add(new FactorIndices(factors.get(i), rank[i][0], rank[i][1], total[i][0],
          total[i][1]));
    }
    Uncertainty.Settings settings = new Uncertainty.Settings(samples, b.seed, b.bootstraps,
        b.confidence, b.variation, b.aggregations.stream().map(Aggregation::name).toList(),
        b.roundings, reliabilityOn ? b.reliability : 1);
    return new Uncertainty(settings, factors, alliances, indices);
  }

  private static int column(List<Factor> factors, boolean on, Factor.Kind kind) {
    if (!on) {
      return -1;
    }
    factors.add(new Factor(kind, Optional.empty()));
    return factors.size() - 1;
  }

  /** The level of a categorical factor drawn uniformly from {@code count}. */
  private static int level(double u, int count) {
    return Math.min(count - 1, (int) (u * count));
  }

  private static long[] weights(UncertaintyModel m, double[] u, double variation) {
    double[] drawn = new double[m.k];
    for (int j = 0; j < m.k; j++) {
      drawn[j] = m.max[j] * (1 + variation * (2 * u[j] - 1));
    }
    return Reweighting.maximaSummingTo(drawn, m.total);
  }

  private static List<AllianceUncertainty> alliances(UncertaintyModel m, int[] nominal,
      int[] nominalRanks, int[][] wholes, int[][] ranks) {
    int runs = wholes.length;
    List<AllianceUncertainty> out = new ArrayList<>(m.n);
    int[] rankRuns = new int[runs];
    for (int i = 0; i < m.n; i++) {
      int[] counts = new int[m.tiers.size()];
      for (int r = 0; r < runs; r++) {
        int t = m.tierOfWhole[wholes[r][i]];
        if (t >= 0) {
          counts[t]++;
        }
        rankRuns[r] = ranks[r][i];
      }
      Map<Tier, Share> tiers = new LinkedHashMap<>();
      for (int t = 0; t < counts.length; t++) {
        tiers.put(m.tiers.get(t), Share.of(counts[t], runs));
      }
      Arrays.sort(rankRuns);
      out.add(new AllianceUncertainty(m.participants.get(i).alliance(), nominal[i],
          m.tiers.get(m.tierOfWhole[nominal[i]]), nominalRanks[i], tiers,
          rankRuns[NearestRank.index(runs, 0.05)],
          rankRuns[NearestRank.index(runs, 0.50)],
          rankRuns[NearestRank.index(runs, 0.95)]));
    }
    return out;
  }

  private static double[] part(double[] y, int from, int length) {
    return Arrays.copyOfRange(y, from, from + length);
  }

  private static double[][] parts(double[] y, int d, int samples) {
    double[][] out = new double[d][];
    for (int i = 0; i < d; i++) {
      out[i] = part(y, (2 + i) * samples, samples);
    }
    return out;
  }
}
