package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Fact;
import io.allianceeval.model.Points;
import java.util.Optional;
import java.util.Set;

/**
 * A policy moved from one maximum to another by {@link IndicatorSystem.Builder#reweight}: its
 * points are the base policy's times {@code to / from}, rounded half-up to a hundredth. The
 * base's top score {@code from} becomes exactly {@code to}. Scaling a scaled policy again scales
 * the original base, so rounding never compounds.
 *
 * <p>Equal when base, {@code from} and {@code to} are equal. Hand-written rather than a record: its
 * maximum is precomputed, not a component.
 */
final class ScaledPolicy implements IndicatorPolicy {

  private final IndicatorPolicy base;
  private final Points from;
  private final Points to;
  private final Optional<Points> max;

  private ScaledPolicy(IndicatorPolicy base, Points from, Points to) {
    this.base = base;
    this.from = from;
    this.to = to;
    this.max = Optional.of(base.maxPoints().filter(m -> !m.isNegative()).orElse(from)
        .scaled(from, to));
  }

  /** {@code base} scaled from the maximum {@code from} to {@code to}. */
  static IndicatorPolicy of(IndicatorPolicy base, Points from, Points to) {
    requireNonNull(base, "base");
    if (base instanceof ScaledPolicy && ((ScaledPolicy) base).to.equals(from)) {
      // rescaling a reweighted indicator: scale the original base once, from its own maximum
      ScaledPolicy scaled = (ScaledPolicy) base;
      return scaled.from.equals(to) ? scaled.base : new ScaledPolicy(scaled.base, scaled.from, to);
    }
    return from.equals(to) ? base : new ScaledPolicy(base, from, to);
  }

  @Override
  public Points points(ActivityRecord record) {
    Points p = base.points(record);
    if (p == null) {
      throw new NullPointerException("base policy returned null points");
    }
    return p.scaled(from, to);
  }

  @Override
  public Assessment assess(ActivityRecord record) {
    Assessment a = base.assess(record);
    if (a == null) {
      return null; // reported by the caller as a broken policy
    }
    Points h = a.points().scaled(from, to);
    return Assessment.lazy(h, () -> a.reason() + ", scaled from " + from + " to " + to + " = " + h
        + " of " + max.get());
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
  public Optional<Points> maxPoints() {
    return max;
  }

  /** The base ladder's steps with scaled points; empty for a base of your own. */
  @Override
  public Optional<String> steps() {
    return base instanceof Ladder
        ? Optional.of(((Ladder) base).steps(h -> h.scaled(from, to)))
        : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScaledPolicy && ((ScaledPolicy) o).base.equals(base)
        && ((ScaledPolicy) o).from.equals(from) && ((ScaledPolicy) o).to.equals(to);
  }

  @Override
  public int hashCode() {
    return (base.hashCode() * 31 + from.hashCode()) * 31 + to.hashCode();
  }

  /** {@code "secretariat_meetings: … scaled from 4 to 5.3"}. */
  @Override
  public String toString() {
    return base + " scaled from " + from + " to " + to;
  }
}
