package io.allianceeval.review;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A round's score for one alliance: its experts' totals, corrected for each expert's bias when the review
 * says so, and aggregated. Checks that the aggregation stays between the
 * smallest and the largest total.
 */
final class RoundScorer {

  private final ExpertTotals totals;
  private final Aggregation aggregation;
  private final BiasCorrection correction;
  private final boolean correctSeverity;

  RoundScorer(ExpertTotals totals, Aggregation aggregation, BiasCorrection correction,
      boolean correctSeverity) {
    this.totals = totals;
    this.aggregation = aggregation;
    this.correction = correction;
    this.correctSeverity = correctSeverity;
  }

  /** The total {@code expertId} gave, as it enters the aggregation. */
  Points corrected(String expertId, Points total) {
    return correctSeverity ? correction.correct(expertId, total) : total;
  }

  /**
   * The round score of {@code code} in {@code round} without the expert {@code without} (null for
   * none), or null if no other expert scored it.
   *
   * @throws IllegalStateException if the aggregation returns null or a number outside the range
   *     of the totals
   */
  Points score(AllianceCode code, Round round, String without) {
    List<Points> values = new ArrayList<>();
    totals.of(round, code).forEach((id, t) -> {
      if (!id.equals(without)) {
        values.add(corrected(id, t));
      }
    });
    if (values.isEmpty()) {
      return null;
    }
    Points min = Collections.min(values);
    Points max = Collections.max(values);
    Points a = aggregation.aggregate(Collections.unmodifiableList(values));
    if (a == null || a.compareTo(min) < 0 || a.compareTo(max) > 0) {
      throw new IllegalStateException("aggregation " + aggregation.name() + " returned " + a
          + " for alliance " + code + ", round " + round.number() + ": expected a number from "
          + min + " to " + max);
    }
    return a;
  }

  /** The mean of the two round scores, rounded half-up to 0.01: an unflagged final score. */
  static Points meanOfRounds(Points round1, Points round2) {
    return Points.mean(List.of(round1, round2));
  }
}
