package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

/**
 * The points one record scored on one {@link Indicator}, with the reason:
 * {@code 1.4 secretariat_meetings = 3: 2-3 meetings -> 2 of 4}.
 *
 * @param indicator the indicator
 * @param points the points, from 0 to the indicator's maximum, with at most two decimals
 * @param reason why: {@code "secretariat_meetings = 3: 2-3 meetings -> 2 of 4"}
 */
public record IndicatorScore(Indicator indicator, double points, String reason) {

  /**
   * Creates a score.
   *
   * @throws IllegalArgumentException if the points are not in {@code [0, indicator.maxPoints()]}
   *     or have more than two decimals
   */
  public IndicatorScore {
    requireNonNull(indicator, "indicator");
    requireNonNull(reason, "reason");
    long h = Points.hundredthsOrInvalid(points);
    long max = Points.positive(indicator.maxPoints(), "maximum");
    if (h == Points.INVALID || h < 0 || h > max) {
      throw new IllegalArgumentException("indicator " + indicator.id() + ": points must be from 0 to "
          + Points.format(max) + " with at most two decimals: " + points);
    }
  }

  /** Points lost: the maximum minus the points scored, exact to the hundredth. */
  public double pointsLost() {
    return Points.toDouble(Points.positive(indicator.maxPoints(), "maximum")
        - Points.hundredthsOrInvalid(points));
  }

  /** {@code "1.4: 2 (secretariat_meetings = 3: 2-3 meetings -> 2 of 4)"}. */
  @Override
  public String toString() {
    return indicator.id() + ": " + Points.format(points) + " (" + reason + ")";
  }
}
