package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Fact;
import io.allianceeval.model.Points;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A threshold ladder on one fact, the shape of every rule of the standard 2019 model. Built with
 * {@link IndicatorPolicy#ladder(Fact)}; see {@link IndicatorPolicy.LadderBuilder} for the rules.
 * Points are exact hundredths. Immutable and thread-safe; equal to another ladder with the same
 * fact, steps and missing value (hand-written: a policy class, compared by its rule).
 */
final class Ladder implements IndicatorPolicy {

  private final Fact fact;
  private final boolean atLeast;
  /** Steps best first: descending thresholds for at-least, ascending for at-most. */
  private final int[] thresholds;

  private final Points[] points;
  private final String[] stepTexts;
  private final String fallbackText;
  private final boolean missingAllowed;
  private final Points missingPoints;
  private final String missingMeaning;
  private final Points top;
  private final Optional<Points> max;

  private Ladder(Builder b) {
    this.fact = b.fact;
    this.atLeast = b.kind == Kind.AT_LEAST;
    int n = b.steps.size();
    this.thresholds = new int[n];
    this.points = new Points[n];
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
    Points t = missingAllowed ? missingPoints : Points.ZERO;
    for (Points p : points) {
      t = t.max(p);
    }
    this.top = t;
    this.max = Optional.of(t);
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

  /** The step that {@code value} reaches, or -1 for none. */
  private int step(int value) {
    int[] t = thresholds;
    if (atLeast) {
      for (int i = 0; i < t.length; i++) {
        if (value >= t[i]) {
          return i;
        }
      }
    } else {
      for (int i = 0; i < t.length; i++) {
        if (value <= t[i]) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public Assessment assess(ActivityRecord record) {
    OptionalInt value = record.fact(fact);
    if (value.isEmpty()) {
      Points h = points(record); // fails for a required fact
      return Assessment.lazy(h, () -> fact + " missing: " + missingMeaning
          + " -> " + h + " of " + top);
    }
    int v = value.getAsInt();
    int i = step(v);
    Points p = i < 0 ? Points.ZERO : points[i];
    String text = i < 0 ? fallbackText : stepTexts[i];
    return Assessment.lazy(p, () -> fact + " = " + v + ": " + text + " -> " + p + " of " + top);
  }

  @Override
  public Points points(ActivityRecord record) {
    int v = record.fact(fact, -1);
    if (v < 0) {
      if (missingAllowed) {
        return missingPoints;
      }
      throw new IllegalArgumentException("required fact " + fact + " is missing");
    }
    int i = step(v);
    return i < 0 ? Points.ZERO : points[i];
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
  public Optional<Points> maxPoints() {
    return max;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Ladder)) {
      return false;
    }
    Ladder l = (Ladder) o;
    return fact.equals(l.fact) && atLeast == l.atLeast
        && Arrays.equals(thresholds, l.thresholds)
        && Arrays.equals(points, l.points) && missingAllowed == l.missingAllowed
        && Objects.equals(missingPoints, l.missingPoints)
        && Objects.equals(missingMeaning, l.missingMeaning);
  }

  @Override
  public int hashCode() {
    return (fact.hashCode() * 31 + Arrays.hashCode(thresholds)) * 31
        + Arrays.hashCode(points);
  }

  @Override
  public Optional<String> steps() {
    return Optional.of(steps(UnaryOperator.identity()));
  }

  /** The steps with every point value passed through {@code scale}: {@code ">=4:4; >=2:2"}. */
  String steps(UnaryOperator<Points> scale) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < thresholds.length; i++) {
      sb.append(i == 0 ? "" : "; ").append(atLeast ? ">=" : "<=").append(thresholds[i]).append(':')
          .append(scale.apply(points[i]));
    }
    if (missingAllowed) {
      sb.append("; blank(").append(missingMeaning).append("):")
          .append(scale.apply(missingPoints));
    }
    return sb.toString();
  }

  private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile(
      "(>=|<=|≥|≤)\\s*(\\d+)\\s*[:：]\\s*(\\S+)|blank\\s*(?:\\((.*)\\))?\\s*[:：]\\s*(\\S+)");

  /** The ladder {@code text} describes; see {@link IndicatorPolicy#ladder(Fact, String)}. */
  static IndicatorPolicy parse(Fact fact, String text) {
    requireNonNull(fact, "fact");
    requireNonNull(text, "steps");
    Builder b = builder(fact);
    if (text.isBlank()) {
      throw new IllegalArgumentException(fact + ": no steps; expected steps such as >=2:6; >=1:3");
    }
    for (String part : text.split("[;；]")) {
      String step = part.trim();
      java.util.regex.Matcher m = STEP.matcher(step);
      if (!m.matches()) {
        throw new IllegalArgumentException(fact + ": cannot read the step '" + step
            + "': expected >=N:P, <=N:P or blank:P");
      }
      try {
        if (m.group(1) != null) {
          int threshold = Integer.parseInt(m.group(2));
          Points points = stepPoints(fact, step, m.group(3));
          if (m.group(1).equals(">=") || m.group(1).equals("≥")) {
            b.atLeast(threshold, points);
          } else {
            b.atMost(threshold, points);
          }
        } else {
          String meaning = m.group(4) == null || m.group(4).isBlank() ? "no value" : m.group(4);
          b.whenMissing(stepPoints(fact, step, m.group(5)), meaning);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(fact + ": cannot read the step '" + step
            + "': expected whole thresholds and points such as 2.5");

      } catch (IllegalStateException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static Points stepPoints(Fact fact, String step, String text) {
    try {
      return Points.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(fact + ": step '" + step + "': " + e.getMessage(), e);
    }
  }

  /** The rule in words: {@code "secretariat_meetings: 4 or more meetings -> 4, 2-3 meetings -> 2, …"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(fact.name()).append(": ");
    for (int i = 0; i < thresholds.length; i++) {
      sb.append(stepTexts[i]).append(" -> ").append(points[i]).append(", ");
    }
    sb.append(fallbackText).append(" -> 0");
    if (missingAllowed) {
      sb.append(", missing (").append(missingMeaning).append(") -> ")
          .append(missingPoints);
    }
    return sb.toString();
  }

  private enum Kind {
    AT_LEAST,
    AT_MOST
  }

  private record Step(int threshold, Points points) {}

  /** Collects the steps of a ladder. Steps may be given in any order. */
  static final class Builder implements IndicatorPolicy.LadderBuilder {
    private final Fact fact;
    private Kind kind;
    private final List<Step> steps = new ArrayList<>();
    private Points missingPoints;
    private String missingMeaning;

    private Builder(Fact fact) {
      this.fact = fact;
    }

    @Override
    public Builder atLeast(int threshold, Points points) {
      return step(Kind.AT_LEAST, threshold, points);
    }

    @Override
    public Builder atMost(int threshold, Points points) {
      return step(Kind.AT_MOST, threshold, points);
    }

    @Override
    public Builder whenMissing(Points points, String meaning) {
      Points h = nonNegative(points);
      requireNonNull(meaning, "meaning");
      if (meaning.isBlank()) {
        throw new IllegalArgumentException(fact + ": the meaning of a missing value must not be blank");
      }
      this.missingPoints = h;
      this.missingMeaning = meaning;
      return this;
    }

    private Points nonNegative(Points points) {
      requireNonNull(points, "points");
      if (points.isNegative()) {
        throw new IllegalArgumentException(fact + ": points must not be negative: " + points);
      }
      return points;
    }

    private Builder step(Kind k, int threshold, Points points) {
      if (kind != null && kind != k) {
        throw new IllegalStateException(
            fact + ": a ladder has either atLeast or atMost steps, not both");
      }
      if (threshold < 0) {
        throw new IllegalArgumentException(fact + ": threshold must not be negative: " + threshold);
      }
      Points h = nonNegative(points);
      for (Step s : steps) {
        if (s.threshold == threshold) {
          throw new IllegalArgumentException(fact + ": threshold " + threshold + " given twice");
        }
      }
      kind = k;
      steps.add(new Step(threshold, h));
      return this;
    }

    @Override
    public IndicatorPolicy build() {
      if (steps.isEmpty()) {
        throw new IllegalStateException(fact + ": a ladder needs at least one step");
      }
      Comparator<Step> best =
          kind == Kind.AT_LEAST
              ? Comparator.comparingInt(Step::threshold).reversed()
              : Comparator.comparingInt(Step::threshold);
      steps.sort(best);
      for (int i = 1; i < steps.size(); i++) {
        if (steps.get(i).points.compareTo(steps.get(i - 1).points) > 0) {
          throw new IllegalArgumentException(
              fact
                  + ": a better value must not score fewer points, but threshold "
                  + steps.get(i).threshold
                  + " gives "
                  + steps.get(i).points
                  + " and threshold "
                  + steps.get(i - 1).threshold
                  + " gives "
                  + steps.get(i - 1).points);
        }
      }
      return new Ladder(this);
    }
  }
}
