package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A threshold ladder on one fact, the shape of every rule of the standard 2019 model. Built with
 * {@link IndicatorPolicy#ladder(Fact)}.
 *
 * <ul>
 *   <li><b>at least</b> ladders (counts): the highest threshold the value reaches gives its points,
 *       below the lowest threshold 0 — {@code atLeast(4, 4).atLeast(2, 2).atLeast(1, 1)} reads
 *       "4 or more → 4, 2–3 → 2, 1 → 1, 0 → 0";
 *   <li><b>at most</b> ladders (ages): the lowest threshold the value stays within gives its points,
 *       above the highest 0 — {@code atMost(6, 4).atMost(12, 2)} reads "0–6 → 4, 7–12 → 2, 13 or
 *       more → 0".
 * </ul>
 *
 * <p>More activity never scores less: points must not decrease as the value improves. By default
 * the fact is required; {@link Builder#whenMissing} makes it optional with fixed points and a
 * meaning ("no website"). Reasons read {@code "secretariat_meetings = 3: 2-3 meetings -> 2 of 4"}.
 * Immutable and thread-safe.
 */
public final class Ladder implements IndicatorPolicy {

  private final Fact fact;
  private final boolean atLeast;
  /** Steps best first: descending thresholds for at-least, ascending for at-most. */
  private final int[] thresholds;

  private final double[] points;
  private final String[] stepTexts;
  private final String fallbackText;
  private final boolean missingAllowed;
  private final double missingPoints;
  private final String missingMeaning;
  private final double top;

  private Ladder(Builder b) {
    this.fact = b.fact;
    this.atLeast = b.kind == Kind.AT_LEAST;
    int n = b.steps.size();
    this.thresholds = new int[n];
    this.points = new double[n];
    this.stepTexts = new String[n];
    for (int i = 0; i < n; i++) {
      thresholds[i] = b.steps.get(i).threshold;
      points[i] = b.steps.get(i).points;
    }
    for (int i = 0; i < n; i++) {
      stepTexts[i] = rangeText(i);
    }
    this.fallbackText = fallbackText();
    this.missingAllowed = b.missingMeaning != null;
    this.missingPoints = b.missingPoints;
    this.missingMeaning = b.missingMeaning;
    double t = missingAllowed ? Math.max(0, missingPoints) : 0;
    for (double p : points) {
      t = Math.max(t, p);
    }
    this.top = t;
  }

  static Builder builder(Fact fact) {
    return new Builder(requireNonNull(fact, "fact"));
  }

  private String rangeText(int i) {
    int t = thresholds[i];
    if (i == 0) {
      return atLeast ? orMore(t) : range(0, t);
    }
    int prev = thresholds[i - 1];
    return atLeast ? range(t, prev - 1) : range(prev + 1, t);
  }

  private String fallbackText() {
    if (thresholds.length == 0) {
      return "any value";
    }
    int last = thresholds[thresholds.length - 1];
    if (atLeast) {
      return last == 0 ? "none" : range(0, last - 1);
    }
    return orMore(last + 1);
  }

  private String orMore(int from) {
    String units = fact.units();
    return from + " or more" + (units.isEmpty() ? "" : " " + units);
  }

  private String range(int from, int to) {
    if (from == to) {
      return fact.quantity(from);
    }
    String units = fact.units();
    return from + "-" + to + (units.isEmpty() ? "" : " " + units);
  }

  @Override
  public Assessment assess(ActivityRecord record) {
    OptionalInt value = record.fact(fact);
    if (value.isEmpty()) {
      if (missingAllowed) {
        return Assessment.lazy(
            missingPoints,
            () -> fact + " missing: " + missingMeaning + " -> " + Points.format(missingPoints)
                + " of " + Points.format(top));
      }
      throw new IllegalArgumentException("required fact " + fact + " is missing");
    }
    int v = value.getAsInt();
    for (int i = 0; i < thresholds.length; i++) {
      if (atLeast ? v >= thresholds[i] : v <= thresholds[i]) {
        return assessment(v, points[i], stepTexts[i]);
      }
    }
    return assessment(v, 0, fallbackText);
  }

  @Override
  public double points(ActivityRecord record) {
    int v = record.fact(fact, -1);
    if (v < 0) {
      if (missingAllowed) {
        return missingPoints;
      }
      throw new IllegalArgumentException("required fact " + fact + " is missing");
    }
    for (int i = 0; i < thresholds.length; i++) {
      if (atLeast ? v >= thresholds[i] : v <= thresholds[i]) {
        return points[i];
      }
    }
    return 0;
  }

  private Assessment assessment(int value, double p, String text) {
    return Assessment.lazy(
        p,
        () -> fact + " = " + value + ": " + text + " -> " + Points.format(p) + " of "
            + Points.format(top));
  }

  @Override
  public Set<Fact> requiredFacts() {
    return missingAllowed ? Set.of() : Set.of(fact);
  }

  @Override
  public Set<Fact> optionalFacts() {
    return missingAllowed ? Set.of(fact) : Set.of();
  }

  /** The most points a step (or the missing value) gives. */
  @Override
  public OptionalDouble maxPoints() {
    return OptionalDouble.of(top);
  }

  /** The fact the ladder reads. */
  public Fact fact() {
    return fact;
  }

  /** The rule in words: {@code "secretariat_meetings: 4 or more meetings -> 4, 2-3 meetings -> 2, …"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(fact.name()).append(": ");
    for (int i = 0; i < thresholds.length; i++) {
      sb.append(stepTexts[i]).append(" -> ").append(Points.format(points[i])).append(", ");
    }
    sb.append(fallbackText).append(" -> 0");
    if (missingAllowed) {
      sb.append(", missing (").append(missingMeaning).append(") -> ")
          .append(Points.format(missingPoints));
    }
    return sb.toString();
  }

  private enum Kind {
    AT_LEAST,
    AT_MOST
  }

  private static final class Step {
    final int threshold;
    final double points;

    Step(int threshold, double points) {
      this.threshold = threshold;
      this.points = points;
    }
  }

  /** Collects the steps of a ladder. Steps may be given in any order. */
  public static final class Builder {
    private final Fact fact;
    private Kind kind;
    private final List<Step> steps = new ArrayList<>();
    private double missingPoints;
    private String missingMeaning;

    private Builder(Fact fact) {
      this.fact = fact;
    }

    /**
     * A step: values of at least {@code threshold} (and below the next higher threshold) score
     * {@code points}.
     *
     * @throws IllegalStateException if the ladder already has "at most" steps
     */
    public Builder atLeast(int threshold, double points) {
      return step(Kind.AT_LEAST, threshold, points);
    }

    /**
     * A step: values of at most {@code threshold} (and above the next lower threshold) score
     * {@code points}.
     *
     * @throws IllegalStateException if the ladder already has "at least" steps
     */
    public Builder atMost(int threshold, double points) {
      return step(Kind.AT_MOST, threshold, points);
    }

    /**
     * Makes the fact optional: a record without it scores {@code points}, and the reason gives
     * {@code meaning} ({@code "no website"}).
     */
    public Builder whenMissing(double points, String meaning) {
      checkPoints(points);
      requireNonNull(meaning, "meaning");
      if (meaning.isBlank()) {
        throw new IllegalArgumentException(fact + ": the meaning of a missing value must not be blank");
      }
      this.missingPoints = points;
      this.missingMeaning = meaning;
      return this;
    }

    private Builder step(Kind k, int threshold, double points) {
      if (kind != null && kind != k) {
        throw new IllegalStateException(
            fact + ": a ladder has either atLeast or atMost steps, not both");
      }
      if (threshold < 0) {
        throw new IllegalArgumentException(fact + ": threshold must not be negative: " + threshold);
      }
      checkPoints(points);
      for (Step s : steps) {
        if (s.threshold == threshold) {
          throw new IllegalArgumentException(fact + ": threshold " + threshold + " given twice");
        }
      }
      kind = k;
      steps.add(new Step(threshold, points));
      return this;
    }

    private void checkPoints(double points) {
      if (!(points >= 0) || !Double.isFinite(points)) {
        throw new IllegalArgumentException(
            fact + ": points must be non-negative and finite: " + points);
      }
    }

    /**
     * The ladder.
     *
     * @throws IllegalStateException if there is no step
     * @throws IllegalArgumentException if a better value would score fewer points
     */
    public Ladder build() {
      if (steps.isEmpty()) {
        throw new IllegalStateException(fact + ": a ladder needs at least one step");
      }
      Comparator<Step> best =
          kind == Kind.AT_LEAST
              ? Comparator.comparingInt((Step s) -> s.threshold).reversed()
              : Comparator.comparingInt((Step s) -> s.threshold);
      steps.sort(best);
      for (int i = 1; i < steps.size(); i++) {
        if (steps.get(i).points > steps.get(i - 1).points) {
          throw new IllegalArgumentException(
              fact
                  + ": a better value must not score fewer points, but threshold "
                  + steps.get(i).threshold
                  + " gives "
                  + Points.format(steps.get(i).points)
                  + " and threshold "
                  + steps.get(i - 1).threshold
                  + " gives "
                  + Points.format(steps.get(i - 1).points));
        }
      }
      return new Ladder(this);
    }
  }
}
