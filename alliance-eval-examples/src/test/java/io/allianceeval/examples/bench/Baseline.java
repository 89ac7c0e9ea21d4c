package io.allianceeval.examples.bench;

import java.util.Arrays;

/**
 * The same arithmetic as the library's scoring path, over primitive arrays: the standard 2019
 * ladders, the total, the tier, the standard competition rank and the tier × batch counts. The
 * floor against which the library is measured.
 */
final class Baseline {

  private Baseline() {}

  /** Per indicator: descending thresholds and their points (the standard 2019 model). */
  private static final int[][] THRESHOLDS = {
    {1}, {1}, {1}, {4, 2, 1}, {}, {2, 1},
    {3, 2, 1}, {2, 1}, {2, 1}, {1}, {2, 1}, {1}, {3, 1}, {1}, {1},
    {1}, {2, 1}, {3, 1}, {2, 1}, {5, 2, 1}
  };
  private static final int[][] POINTS = {
    {5}, {4}, {4}, {4, 2, 1}, {}, {4, 2},
    {6, 4, 2}, {6, 4}, {5, 3}, {4}, {6, 3}, {5}, {4, 2}, {4}, {5},
    {7}, {6, 3}, {6, 3}, {6, 3}, {5, 3, 1}
  };

  static int points(int indicator, int value) {
    if (indicator == 4) { // website: missing (-1) -> 0, <= 6 -> 4, <= 12 -> 2
      return value < 0 ? 0 : value <= 6 ? 4 : value <= 12 ? 2 : 0;
    }
    int[] t = THRESHOLDS[indicator];
    for (int k = 0; k < t.length; k++) {
      if (value >= t[k]) {
        return POINTS[indicator][k];
      }
    }
    return 0;
  }

  static int tier(int total) {
    return total >= 85 ? 0 : total >= 70 ? 1 : total >= 50 ? 2 : 3;
  }

  /**
   * Scores the records {@code from} to {@code to} of {@code facts} as one evaluation; {@code
   * batch[i]} is record i's batch ordinal. Returns a checksum of ranks and counts.
   */
  static long evaluate(int[][] facts, int[] batch, int from, int to, int[][] counts,
      long[] keys, int[] ranks) {
    int n = to - from;
    for (int[] row : counts) {
      Arrays.fill(row, 0);
    }
    for (int i = 0; i < n; i++) {
      int[] f = facts[from + i];
      int total = 0;
      for (int j = 0; j < 20; j++) {
        total += points(j, f[j]);
      }
      int tier = tier(total);
      counts[tier][batch[from + i]]++;
      // sort key: tier, then total descending, then code order
      keys[i] = ((long) tier << 40) | ((long) (100 - total) << 20) | i;
    }
    Arrays.sort(keys, 0, n);
    long checksum = 0;
    int rank = 0;
    long previousTotal = -1;
    for (int pos = 0; pos < n; pos++) {
      long total = (keys[pos] >> 20) & 0xFFFFF;
      if (total != previousTotal) {
        rank = pos + 1;
        previousTotal = total;
      }
      ranks[(int) (keys[pos] & 0xFFFFF)] = rank;
      checksum += rank;
    }
    for (int[] row : counts) {
      for (int c : row) {
        checksum = checksum * 31 + c;
      }
    }
    return checksum;
  }
}
