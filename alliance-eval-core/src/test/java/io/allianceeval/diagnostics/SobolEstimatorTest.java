package io.allianceeval.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link SobolEstimator} on functions whose indices are known in closed form. */
class SobolEstimatorTest {

  /** y = x1 + 2 x2 + 0 x3 with x uniform: V1 = 1/12, V2 = 4/12, so S1 = 0.2, S2 = 0.8, S3 = 0. */
  @Test
  void additiveFunction_givesItsAnalyticIndices_withIntervalsAroundThem() {
    Uncertainty.Index[][] s = run(4000, x -> x[0] + 2 * x[1] + 0 * x[2]);
    assertNear(0.2, s[0][0], 0.05);
    assertNear(0.2, s[0][1], 0.05);
    assertNear(0.8, s[1][0], 0.05);
    assertNear(0.8, s[1][1], 0.05);
    // the third does not touch y: exactly 0, the interval [0, 0]
    assertEquals(new Uncertainty.Index(0, 0, 0), s[2][0]);
    assertEquals(new Uncertainty.Index(0, 0, 0), s[2][1]);
  }

  /**
   * y = x1 · x2 with x uniform on [0, 1): V = 7/144, V1 = V2 = 1/48 = 3/144, so S1 = S2 = 3/7 and
   * the interaction makes each total index 4/7 — more than the first order.
   */
  @Test
  void interaction_makesTheTotalIndexExceedTheFirstOrder() {
    Uncertainty.Index[][] s = run(8000, x -> x[0] * x[1]);
    assertNear(3.0 / 7, s[0][0], 0.06);
    assertNear(4.0 / 7, s[0][1], 0.04);
    assertNear(3.0 / 7, s[1][0], 0.06);
    assertNear(4.0 / 7, s[1][1], 0.04);
  }

  @Test
  void constantOutput_hasNoIndices() {
    Uncertainty.Index[][] s = run(50, x -> 3);
    assertFalse(s[0][0].isDefined());
    assertFalse(s[1][1].isDefined());
    assertTrue(Double.isNaN(s[0][0].low()));
  }

  @Test
  void aWiderConfidence_givesAWiderInterval_asPercentilesOfTheReplicates() {
    Uncertainty.Index[][] wide = run(2000, x -> x[0] + 2 * x[1], 0.95);
    Uncertainty.Index[][] narrow = run(2000, x -> x[0] + 2 * x[1], 0.5);
    double w = wide[0][1].high() - wide[0][1].low();
    double n = narrow[0][1].high() - narrow[0][1].low();
    // for a normal spread the 95 % interval is 1.96 / 0.674 = 2.9 times the 50 % one
    assertTrue(w > 2 * n && n > 0, wide[0][1] + " against " + narrow[0][1]);
  }

  @Test
  void percentiles_areNearestRank() {
    assertEquals(4, NearestRank.index(100, 0.05));
    assertEquals(94, NearestRank.index(100, 0.95));
    assertEquals(49, NearestRank.index(100, 0.5));
    assertEquals(0, NearestRank.index(1, 0.05));
    assertEquals(0, NearestRank.index(1, 0.95));
    assertEquals(9, NearestRank.index(10, 1.0));
  }

  @Test
  void sameSeed_sameIntervals() {
    assertEquals(java.util.Arrays.deepToString(run(300, x -> x[0] + x[1] * x[2])),
        java.util.Arrays.deepToString(run(300, x -> x[0] + x[1] * x[2])));
  }

  private static void assertNear(double expected, Uncertainty.Index index, double tolerance) {
    assertEquals(expected, index.estimate(), tolerance, index.toString());
    assertTrue(index.low() <= index.estimate() && index.estimate() <= index.high(),
        index.toString());
    assertTrue(index.low() - tolerance <= expected && expected <= index.high() + tolerance,
        "the interval " + index + " near " + expected);
  }

  private static Uncertainty.Index[][] run(int n, java.util.function.ToDoubleFunction<double[]> f) {
    return run(n, f, 0.95);
  }

  private static Uncertainty.Index[][] run(int n, java.util.function.ToDoubleFunction<double[]> f,
      double confidence) {
    int d = 3;
    SplittableRandom random = new SplittableRandom(7);
    double[][] a = new double[n][d];
    double[][] b = new double[n][d];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < d; c++) {
        a[r][c] = random.nextDouble();
        b[r][c] = random.nextDouble();
      }
    }
    double[] fa = new double[n];
    double[] fb = new double[n];
    double[][] fab = new double[d][n];
    for (int r = 0; r < n; r++) {
      fa[r] = f.applyAsDouble(a[r]);
      fb[r] = f.applyAsDouble(b[r]);
      for (int i = 0; i < d; i++) {
        double[] x = a[r].clone();
        x[i] = b[r][i];
        fab[i][r] = f.applyAsDouble(x);
      }
    }
    return SobolEstimator.estimate(fa, fb, fab, 300, confidence, 11);
  }
}
