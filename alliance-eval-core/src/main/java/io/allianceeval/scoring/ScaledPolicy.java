package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Fact;
import java.util.OptionalDouble;
import java.util.Set;

/** A policy whose points are another's times a factor. */
final class ScaledPolicy implements IndicatorPolicy {

  private final IndicatorPolicy base;
  private final double factor;

  private ScaledPolicy(IndicatorPolicy base, double factor) {
    this.base = base;
    this.factor = factor;
  }

  static IndicatorPolicy of(IndicatorPolicy base, double factor) {
    requireNonNull(base, "base");
    if (!(factor > 0) || !Double.isFinite(factor)) {
      throw new IllegalArgumentException("scale factor must be positive and finite: " + factor);
    }
    if (base instanceof ScaledPolicy) {
      ScaledPolicy scaled = (ScaledPolicy) base;
      return new ScaledPolicy(scaled.base, scaled.factor * factor);
    }
    return new ScaledPolicy(base, factor);
  }

  @Override
  public Assessment assess(ActivityRecord record) {
    Assessment a = base.assess(record);
    if (a == null) {
      return null; // reported by the caller as a broken policy
    }
    double points = a.points() * factor;
    OptionalDouble max = maxPoints();
    return Assessment.lazy(
        points,
        () ->
            a.reason()
                + ", x"
                + Points.format(factor)
                + " = "
                + Points.format(points)
                + (max.isPresent() ? " of " + Points.format(max.getAsDouble()) : ""));
  }

  @Override
  public double points(ActivityRecord record) {
    return base.points(record) * factor;
  }

  @Override
  public Set<Fact> requiredFacts() {
    return base.requiredFacts();
  }

  @Override
  public Set<Fact> optionalFacts() {
    return base.optionalFacts();
  }

  @Override
  public OptionalDouble maxPoints() {
    OptionalDouble max = base.maxPoints();
    return max.isPresent() ? OptionalDouble.of(max.getAsDouble() * factor) : max;
  }

  @Override
  public String toString() {
    return base + " x" + Points.format(factor);
  }
}
