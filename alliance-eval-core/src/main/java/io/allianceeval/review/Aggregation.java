package io.allianceeval.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a round's expert totals for one alliance become the round's score. Stock aggregations:
 * {@link #mean()} (the default), {@link #median()}, {@link #trimmedMean(int)}. Arithmetic is exact:
 * totals arrive as {@link BigDecimal}s with at most two decimals, and {@link PanelReview} rounds the
 * aggregate half-up to 0.01.
 *
 * <h2>Specification for implementors</h2>
 *
 * Pure and thread-safe; must not modify the list (it is unmodifiable); given at least one score,
 * returns a number between the smallest and the largest score. {@link PanelReview} checks the last
 * part and fails naming the aggregation if it is broken.
 */
@FunctionalInterface
public interface Aggregation {

  /** Aggregates {@code scores} (at least one, each with at most two decimals). */
  BigDecimal aggregate(List<BigDecimal> scores);

  /** A short name for reports: {@code mean}, {@code median}, {@code trimmed:1}. */
  default String name() {
    return toString();
  }

  /** The arithmetic mean. */
  static Aggregation mean() {
    return new StockAggregation("mean", scores -> mean(scores, 0, scores.size()));
  }

  /** The median; for an even count, the mean of the two middle scores. */
  static Aggregation median() {
    return new StockAggregation("median", scores -> {
      List<BigDecimal> s = sorted(scores);
      int n = s.size();
      return n % 2 == 1 ? s.get(n / 2) : mean(s, n / 2 - 1, n / 2 + 1);
    });
  }

  /**
   * The mean after dropping the {@code k} highest and {@code k} lowest scores, when there are at
   * least {@code 2k + 1}; the plain mean otherwise.
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  static Aggregation trimmedMean(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("trimmed mean needs k of at least 1: " + k);
    }
    return new StockAggregation("trimmed:" + k, scores -> {
      List<BigDecimal> s = sorted(scores);
      int from = s.size() >= 2 * k + 1 ? k : 0;
      return mean(s, from, s.size() - from);
    });
  }

  private static List<BigDecimal> sorted(List<BigDecimal> scores) {
    List<BigDecimal> s = new ArrayList<>(scores);
    Collections.sort(s);
    return s;
  }

  /** The mean of {@code scores[from, to)}, to 34 significant digits (far below the resolution). */
  private static BigDecimal mean(List<BigDecimal> scores, int from, int to) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = from; i < to; i++) {
      sum = sum.add(scores.get(i));
    }
    return sum.divide(BigDecimal.valueOf(to - from), MathContext.DECIMAL128);
  }
}
