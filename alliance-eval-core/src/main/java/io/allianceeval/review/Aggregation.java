package io.allianceeval.review;

import io.allianceeval.model.Points;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a round's expert totals for one alliance become the round's score. Stock aggregations:
 * {@link #mean()} (the default), {@link #median()}, {@link #trimmedMean(int)}. The stock ones compute
 * exactly and round the result half-up to a hundredth.
 *
 * <h2>Specification for implementors</h2>
 *
 * Pure and thread-safe; must not modify the list (it is unmodifiable); given at least one score,
 * returns a number between the smallest and the largest score. {@link PanelReview} checks the last
 * part and fails naming the aggregation if it is broken.
 */
@FunctionalInterface
public interface Aggregation {

  /** Aggregates {@code scores} (at least one). */
  Points aggregate(List<Points> scores);

  /** A short name for reports: {@code mean}, {@code median}, {@code trimmed:1}. */
  default String name() {
    return toString();
  }

  /** The arithmetic mean. */
  static Aggregation mean() {
    return new StockAggregation("mean", Points::mean);
  }

  /** The median; for an even count, the mean of the two middle scores. */
  static Aggregation median() {
    return new StockAggregation("median", scores -> {
      List<Points> s = sorted(scores);
      int n = s.size();
      return n % 2 == 1 ? s.get(n / 2) : Points.mean(s.subList(n / 2 - 1, n / 2 + 1));
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
      List<Points> s = sorted(scores);
      int from = s.size() >= 2 * k + 1 ? k : 0;
      return Points.mean(s.subList(from, s.size() - from));
    });
  }

  private static List<Points> sorted(List<Points> scores) {
    List<Points> s = new ArrayList<>(scores);
    Collections.sort(s);
    return s;
  }
}
