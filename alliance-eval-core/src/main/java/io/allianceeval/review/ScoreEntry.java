package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One score an expert entered for an alliance in a round: the points of one indicator, or — with
 * no indicator — the expert's total. Points have at most two decimals; their range is checked by
 * the review, which knows the indicator system. Immutable; equal when every part is equal.
 */
@Value.Immutable
public abstract class ScoreEntry {

  ScoreEntry() {}

  /**
   * A total.
   *
   * @throws IllegalArgumentException if the points are not a number with at most two decimals
   */
  public static ScoreEntry total(Round round, String expertId, AllianceCode code, double points) {
    return ImmutableScoreEntry.of(round, expertId, code, Optional.empty(), points);
  }

  /**
   * The points of one indicator.
   *
   * @throws IllegalArgumentException if the points are not a number with at most two decimals
   */
  public static ScoreEntry indicator(Round round, String expertId, AllianceCode code,
      String indicatorId, double points) {
    return ImmutableScoreEntry.of(round, expertId, code,
        Optional.of(requireNonNull(indicatorId, "indicatorId")), points);
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
  public abstract double points();

  @Value.Check
  void check() {
    ReviewPoints.exact(points(), "round " + round().number() + ", expert " + expertId()
        + ", alliance " + code() + ": points");
  }

  /** {@code round 1, E01, 342, 2.5: 6}. */
  @Override
  public String toString() {
    return "round " + round().number() + ", " + expertId() + ", " + code() + ", "
        + indicator().orElse("total") + ": " + ReviewPoints.format(points());
  }
}
