package io.allianceeval.diagnostics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * First-order and total Sobol indices of one scalar output from a Saltelli design, with percentile
 * bootstrap intervals. Given the output on the base samples {@code A} and {@code B} and on each
 * {@code A_B^(i)} (A with column i taken from B), over N rows:
 *
 * <ul>
 *   <li>V(Y) is the variance of the 2N outputs of A and B;
 *   <li>first order (Saltelli et al. 2010): {@code S_i = mean((f(B) − m) · (f(A_B^i) − f(A))) /
 *       V(Y)}, with f(B) centred on the mean m of the 2N outputs — the same expectation, since
 *       f(A_B^i) − f(A) has mean 0, and far less variance when the output is far from 0;
 *   <li>total (Jansen 1999): {@code S_Ti = mean((f(A) − f(A_B^i))²) / 2 / V(Y)}.
 * </ul>
 *
 * <p>The bootstrap draws N rows with replacement, the same rows for every estimator of one
 * replicate, and takes the percentiles of the replicates; deterministic for a seed. An output that
 * does not vary has no indices ({@code NaN}). Stateless.
 */
final class SobolEstimator {

  private SobolEstimator() {}

  /**
   * The indices of every factor.
   *
   * @param fa the output on A, N values
   * @param fb the output on B, N values
   * @param fab the output on each A_B^(i), N values each
   * @return for each factor, {first order, total}
   */
  static Uncertainty.Index[][] estimate(double[] fa, double[] fb, double[][] fab,
      int bootstraps, double confidence, long seed) {
    int n = fa.length;
    int d = fab.length;
    int[] all = IntStream.range(0, n).toArray();
    double[] point = indices(fa, fb, fab, all);
    double[][] replicates = new double[bootstraps][];
    SplittableRandom seeds = new SplittableRandom(seed);
    long[] replicateSeeds = new long[bootstraps];
    for (int b = 0; b < bootstraps; b++) {
      replicateSeeds[b] = seeds.nextLong();
    }
    IntStream.range(0, bootstraps).parallel().forEach(b -> {
      SplittableRandom random = new SplittableRandom(replicateSeeds[b]);
      int[] rows = new int[n];
      for (int r = 0; r < n; r++) {
        rows[r] = random.nextInt(n);
      }
      replicates[b] = indices(fa, fb, fab, rows);
    });
    Uncertainty.Index[][] out = new Uncertainty.Index[d][2];
    double[] column = new double[bootstraps];
    for (int k = 0; k < 2 * d; k++) {
      int m = 0;
      for (double[] rep : replicates) {
        if (!Double.isNaN(rep[k])) {
          column[m++] = rep[k];
        }
      }
      double[] sorted = Arrays.copyOf(column, m);
      Arrays.sort(sorted);
      double low = m == 0 ? Double.NaN : sorted[NearestRank.index(m, (1 - confidence) / 2)];
      double high = m == 0 ? Double.NaN : sorted[NearestRank.index(m, (1 + confidence) / 2)];
      out[k / 2][k % 2] = new Uncertainty.Index(point[k], low, high);
    }
    return out;
  }

  /** The 2d indices, first order and total for each factor in turn, over {@code rows}. */
  private static double[] indices(double[] fa, double[] fb, double[][] fab, int[] rows) {
    int n = rows.length;
    double sum = 0;
    for (int r : rows) {
      sum += fa[r] + fb[r];
    }
    double mean = sum / (2.0 * n);
    double var = 0;
    for (int r : rows) {
      var += (fa[r] - mean) * (fa[r] - mean) + (fb[r] - mean) * (fb[r] - mean);
    }
    var /= 2.0 * n;
    double[] out = new double[2 * fab.length];
    for (int i = 0; i < fab.length; i++) {
      double first = 0;
      double total = 0;
      for (int r : rows) {
        double diff = fab[i][r] - fa[r];
        first += (fb[r] - mean) * diff;
        total += diff * diff;
      }
      out[2 * i] = var > 0 ? first / n / var : Double.NaN;
      out[2 * i + 1] = var > 0 ? total / (2.0 * n) / var : Double.NaN;
    }
    return out;
  }
}
