package io.allianceeval.diagnostics;

/**
 * Indicator maxima drawn around their declared values and the points an alliance keeps under them,
 * exact in hundredths: shared by {@link Sensitivity} and {@link Uncertainty}. Stateless.
 */
final class Reweighting {

  private Reweighting() {}

  /**
   * Drawn maxima (in hundredths, not whole) rounded half-up to whole hundredths, the largest
   * absorbing the difference so that they add up to {@code total} exactly.
   */
  static long[] maximaSummingTo(double[] drawn, long total) {
    double sum = 0;
    for (double d : drawn) {
      sum += d;
    }
    long[] out = new long[drawn.length];
    long roundedSum = 0;
    int largest = 0;
    for (int j = 0; j < drawn.length; j++) {
      out[j] = Math.round(drawn[j] * total / sum);
      roundedSum += out[j];
      if (out[j] > out[largest]) {
        largest = j;
      }
    }
    out[largest] += total - roundedSum;
    return out;
  }

  /**
   * An alliance's total when each indicator's maximum moves from {@code max} to {@code weights},
   * its points scaled and rounded half-up to a hundredth as {@code IndicatorSystem.Builder
   * #reweight} does; indicator {@code removed} (or none, for -1) counts nothing, nor does one
   * whose declared maximum is 0.
   */
  static long rescored(long[] points, long[] max, long[] weights, int removed) {
    long t = 0;
    for (int j = 0; j < points.length; j++) {
      if (j != removed && max[j] > 0) {
        t += Math.floorDiv(2 * points[j] * weights[j] + max[j], 2 * max[j]);
      }
    }
    return t;
  }

  /** {@link #rescored} of the points from {@code offset} in a flat array, no indicator removed. */
  static long rescored(int[] points, int offset, long[] max, long[] weights) {
    long t = 0;
    for (int j = 0; j < max.length; j++) {
      if (max[j] > 0) {
        t += Math.floorDiv(2 * points[offset + j] * weights[j] + max[j], 2 * max[j]);
      }
    }
    return t;
  }
}
