package io.allianceeval.diagnostics;

/** Nearest-rank percentiles, for the analyses of this package. Stateless. */
final class NearestRank {

  private NearestRank() {}

  /**
   * The index of the {@code p}-th percentile (nearest rank: the ⌈p · count⌉-th smallest) in a
   * sorted array of {@code count} values, kept within the array.
   */
  static int index(int count, double p) {
    return Math.min(count - 1, Math.max(0, (int) Math.ceil(p * count) - 1));
  }
}
