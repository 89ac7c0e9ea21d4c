package io.allianceeval.review;

import java.util.Arrays;

/**
 * How a round's expert totals for one alliance become the round's score. Stock aggregations:
 * {@link #mean()} (the default), {@link #median()}, {@link #trimmedMean(int)}.
 *
 * <h2>Specification for implementors</h2>
 *
 * Pure and thread-safe; must not modify the array; given at least one score, returns a finite
 * number between the smallest and the largest score. {@link PanelReview} checks the last part and
 * fails naming the aggregation if it is broken.
 */
@FunctionalInterface
public interface Aggregation {

  /** Aggregates {@code scores} (at least one). */
  double aggregate(double[] scores);

  /** A short name for reports: {@code mean}, {@code median}, {@code trimmed:1}. */
  default String name() {
    return toString();
  }

  /** The arithmetic mean. */
  static Aggregation mean() {
    return new Aggregation() {
      @Override
      public double aggregate(double[] scores) {
        double sum = 0;
        for (double s : scores) {
          sum += s;
        }
        return sum / scores.length;
      }

      @Override
      public String name() {
        return "mean";
      }

      @Override
      public String toString() {
        return "mean";
      }
    };
  }

  /** The median; for an even count, the mean of the two middle scores. */
  static Aggregation median() {
    return new Aggregation() {
      @Override
      public double aggregate(double[] scores) {
        double[] s = scores.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
      }

      @Override
      public String name() {
        return "median";
      }

      @Override
      public String toString() {
        return "median";
      }
    };
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
    return new Aggregation() {
      @Override
      public double aggregate(double[] scores) {
        double[] s = scores.clone();
        Arrays.sort(s);
        int from = s.length >= 2 * k + 1 ? k : 0;
        int to = s.length - from;
        double sum = 0;
        for (int i = from; i < to; i++) {
          sum += s[i];
        }
        return sum / (to - from);
      }

      @Override
      public String name() {
        return "trimmed:" + k;
      }

      @Override
      public String toString() {
        return "trimmed:" + k;
      }
    };
  }
}
