package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.scoring.Points;
import java.util.Optional;

/**
 * One score an expert entered for an alliance in a round: the points of one indicator, or — with
 * no indicator — the expert's total.
 */
public record ScoreEntry(Round round, String expertId, AllianceCode code, Optional<String> indicator,
    double points) {

  /** Creates the entry; the points must be a finite number (ranges are checked by the review). */
  public ScoreEntry {
    requireNonNull(round, "round");
    requireNonNull(expertId, "expertId");
    requireNonNull(code, "code");
    requireNonNull(indicator, "indicator");
    if (!Double.isFinite(points)) {
      throw new IllegalArgumentException("points must be a number: " + points);
    }
  }

  /** A total. */
  public static ScoreEntry total(Round round, String expertId, AllianceCode code, double points) {
    return new ScoreEntry(round, expertId, code, Optional.empty(), points);
  }

  /** The points of one indicator. */
  public static ScoreEntry indicator(Round round, String expertId, AllianceCode code,
      String indicatorId, double points) {
    return new ScoreEntry(round, expertId, code, Optional.of(requireNonNull(indicatorId,
        "indicatorId")), points);
  }

  /** {@code round 1, E01, 342, 2.5: 6}. */
  @Override
  public String toString() {
    return "round " + round.number() + ", " + expertId + ", " + code + ", "
        + indicator.orElse("total") + ": " + Points.format(points);
  }
}
