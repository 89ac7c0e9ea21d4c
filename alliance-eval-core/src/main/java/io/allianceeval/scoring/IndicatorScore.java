package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * The points one record scored on one {@link Indicator}, with the reason:
 * {@code 1.4 secretariat_meetings = 3: 2-3 meetings -> 2 of 4}. Equal when indicator, points and
 * reason are equal.
 */
public final class IndicatorScore {

  private final Indicator indicator;
  private final Assessment assessment;

  private IndicatorScore(Indicator indicator, Assessment assessment) {
    this.indicator = indicator;
    this.assessment = assessment;
  }

  /**
   * Creates a score.
   *
   * @throws IllegalArgumentException if the points are not in {@code [0, indicator.maxPoints()]}
   */
  public static IndicatorScore of(Indicator indicator, double points, String reason) {
    return of(indicator, Assessment.of(points, reason));
  }

  static IndicatorScore of(Indicator indicator, Assessment assessment) {
    requireNonNull(indicator, "indicator");
    requireNonNull(assessment, "assessment");
    double p = assessment.points();
    if (!(p >= 0 && p <= indicator.maxPoints())) {
      throw new IllegalArgumentException(
          "indicator " + indicator.id() + ": points must be from 0 to "
              + Points.format(indicator.maxPoints()) + ": " + p);
    }
    return new IndicatorScore(indicator, assessment);
  }

  /** The indicator. */
  public Indicator indicator() {
    return indicator;
  }

  /** The points, in {@code [0, indicator().maxPoints()]}. */
  public double points() {
    return assessment.points();
  }

  /** Points lost: the maximum minus the points scored. */
  public double pointsLost() {
    return indicator.maxPoints() - points();
  }

  /** Why: {@code "secretariat_meetings = 3: 2-3 meetings -> 2 of 4"}. */
  public String reason() {
    return assessment.reason();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorScore
        && ((IndicatorScore) o).indicator.equals(indicator)
        && ((IndicatorScore) o).assessment.equals(assessment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, assessment);
  }

  /** {@code "1.4: 2 (secretariat_meetings = 3: 2-3 meetings -> 2 of 4)"}. */
  @Override
  public String toString() {
    return indicator.id() + ": " + assessment;
  }
}
