package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A threshold ladder on one fact, the shape of every rule of the standard 2019 model. Built with
 * {@link IndicatorPolicy#ladder(Fact)}; see {@link IndicatorPolicy.LadderBuilder} for the rules.
 * Points are exact hundredths. Immutable and thread-safe.
 */
final class Ladder implements ExactPolicy {

  private final Fact fact;
  private final boolean atLeast;
  /** Steps best first: descending thresholds for at-least, ascending for at-most. */
  private final int[] thresholds;

  private final long[] points;
  private final String[] stepTexts;
  private final String fallbackText;
  private final boolean missingAllowed;
  private final long missingPoints;
  private final String missingMeaning;
  private final long top;

  private Ladder(Builder b) {
    this.fact = b.fact;
    this.atLeast = b.kind == Kind.AT_LEAST;
    int n = b.steps.size();
    this.thresholds = new int[n];
    this.points = new long[n];
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
    long t = missingAllowed ? missingPoints : 0;
    for (long p : points) {
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
      long h = hundredths(record); // fails for a required fact
      return Assessment.lazy(Points.toDouble(h), () -> fact + " missing: " + missingMeaning
          + " -> " + Points.format(h) + " of " + Points.format(top));
    }
    int v = value.getAsInt();
    int i = step(v);
    long p = i < 0 ? 0 : points[i];
    String text = i < 0 ? fallbackText : stepTexts[i];
    return Assessment.lazy(Points.toDouble(p),
        () -> fact + " = " + v + ": " + text + " -> " + Points.format(p) + " of "
            + Points.format(top));
  }

  @Override
  public long hundredths(ActivityRecord record) {
    int v = record.fact(fact, -1);
    if (v < 0) {
      if (missingAllowed) {
        return missingPoints;
      }
      throw new IllegalArgumentException("required fact " + fact + " is missing");
    }
    int i = step(v);
    return i < 0 ? 0 : points[i];
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
  public long maxHundredths() {
    return top;
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

  private record Step(int threshold, long points) {}

  /** Collects the steps of a ladder. Steps may be given in any order. */
  static final class Builder implements IndicatorPolicy.LadderBuilder {
    private final Fact fact;
    private Kind kind;
    private final List<Step> steps = new ArrayList<>();
    private long missingPoints;
    private String missingMeaning;

    private Builder(Fact fact) {
      this.fact = fact;
    }

    @Override
    public Builder atLeast(int threshold, double points) {
      return step(Kind.AT_LEAST, threshold, points);
    }

    @Override
    public Builder atMost(int threshold, double points) {
      return step(Kind.AT_MOST, threshold, points);
    }

    @Override
    public Builder whenMissing(double points, String meaning) {
      long h = Points.nonNegative(points, fact + ": points");
      requireNonNull(meaning, "meaning");
      if (meaning.isBlank()) {
        throw new IllegalArgumentException(fact + ": the meaning of a missing value must not be blank");
      }
      this.missingPoints = h;
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
      long h = Points.nonNegative(points, fact + ": points");
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
