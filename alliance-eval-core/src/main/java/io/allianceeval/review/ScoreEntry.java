package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One score an expert entered for an alliance in a round: the points of one indicator, or — with
 * no indicator — the expert's total. Their range is checked by the review, which knows the indicator system. Immutable; equal when every part is equal.
 */
@Value.Immutable
public abstract class ScoreEntry {

  ScoreEntry() {}

  /** A total. */
  public static ScoreEntry total(Round round, String expertId, AllianceCode code, Points points) {
    return ImmutableScoreEntry.of(round, expertId, code, Optional.empty(), points);
  }

  /** {@link #total(Round, String, AllianceCode, Points)} in whole points. */
  public static ScoreEntry total(Round round, String expertId, AllianceCode code, int points) {
    return total(round, expertId, code, Points.of(points));
  }

  /** The points of one indicator. */
  public static ScoreEntry indicator(Round round, String expertId, AllianceCode code,
      String indicatorId, Points points) {
    return ImmutableScoreEntry.of(round, expertId, code,
        Optional.of(requireNonNull(indicatorId, "indicatorId")), points);
  }

  /** {@link #indicator(Round, String, AllianceCode, String, Points)} in whole points. */
  public static ScoreEntry indicator(Round round, String expertId, AllianceCode code,
      String indicatorId, int points) {
    return indicator(round, expertId, code, indicatorId, Points.of(points));
  }

  /** The round. */
  public abstract Round round();

  /** The id of the expert who entered it. */
  public abstract String expertId();

  /** The alliance scored. */
  public abstract AllianceCode code();

  /** The indicator's id, or empty for a total. */
  public abstract Optional<String> indicator();

  /** The points. */
  public abstract Points points();

  /** {@code round 1, E01, 342, 2.5: 6}. */
  @Override
  public String toString() {
    return "round " + round().number() + ", " + expertId() + ", " + code() + ", "
        + indicator().orElse("total") + ": " + points();
  }
}
