package io.allianceeval.examples.app;

import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.model.Points;
import io.allianceeval.review.ExpertBias;
import java.util.Locale;

/**
 * The corridor of the expert-bias flags as the office writes it — {@code 10} (points) or {@code
 * 2.5sd} (residual standard deviations) — for the command line and the server alike.
 */
public final class CorridorText {

  /** The corridor when none is given: 10 points, as {@code PanelReview} flags by default. */
  public static final String DEFAULT = "10";

  private CorridorText() {}

  /**
   * The corridor of a request's {@code corridor} query parameter: the default when it is absent
   * or blank.
   *
   * @throws BadInputException naming the parameter, what was expected and what was found
   */
  public static ExpertBias.Corridor ofQuery(String text) throws BadInputException {
    try {
      return parse(text == null || text.isBlank() ? DEFAULT : text);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(InputProblem.atField("query", 0, "corridor", e.getMessage()));
    }
  }

  /**
   * The corridor {@code text} names.
   *
   * @throws IllegalArgumentException saying what was expected and what was found
   */
  public static ExpertBias.Corridor parse(String text) {
    String t = text == null ? "" : text.toLowerCase(Locale.ROOT).strip();
    try {
      if (t.endsWith("sd")) {
        double k = Double.parseDouble(t.substring(0, t.length() - 2).strip());
        if (k > 0 && Double.isFinite(k)) {
          return ExpertBias.Corridor.standardDeviations(k);
        }
      } else {
        Points p = Points.parse(t);
        if (p.isPositive()) {
          return ExpertBias.Corridor.points(p);
        }
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalArgumentException("expected a positive number of points (10) or of "
        + "standard deviations (2.5sd), found '"
        + io.allianceeval.examples.io.InputLimits.echo(text == null ? "" : text) + "'");
  }
}
