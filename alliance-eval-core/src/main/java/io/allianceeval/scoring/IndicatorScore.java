package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Points;

/**
 * The points one record scored on one {@link Indicator}, with the reason:
 * {@code 1.4 secretariat_meetings = 3: 2-3 meetings -> 2 of 4}.
 *
 * @param indicator the indicator
 * @param points the points, from 0 to the indicator's maximum
 * @param reason why: {@code "secretariat_meetings = 3: 2-3 meetings -> 2 of 4"}
 */
public record IndicatorScore(Indicator indicator, Points points, String reason) {

  /**
   * Creates a score.
   *
   * @throws IllegalArgumentException if the points are not in {@code [0, indicator.maxPoints()]}
   */
  public IndicatorScore {
    requireNonNull(indicator, "indicator");
    requireNonNull(points, "points");
    requireNonNull(reason, "reason");
    if (points.isNegative() || points.compareTo(indicator.maxPoints()) > 0) {
      throw new IllegalArgumentException("indicator " + indicator.id() + ": points must be from 0 to "
          + indicator.maxPoints() + ": " + points);
    }
  }

  /** Points lost: the maximum minus the points scored. */
  public Points pointsLost() {
    return indicator.maxPoints().minus(points);
  }

  /** {@code "1.4: 2 (secretariat_meetings = 3: 2-3 meetings -> 2 of 4)"}. */
  @Override
  public String toString() {
    return indicator.id() + ": " + points + " (" + reason + ")";
  }
}
