package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Fact;
import java.util.Optional;
import java.util.Set;

/**
 * A policy moved from one maximum to another by {@link IndicatorSystem.Builder#reweight}: its
 * points are the base policy's times {@code to / from}, rounded half-up to a hundredth. The
 * base's top score {@code from} becomes exactly {@code to}. Scaling a scaled policy again scales
 * the original base, so rounding never compounds.
 *
 * <p>Equal when base, {@code from} and {@code to} are equal. Hand-written rather than a record: its
 * maximum in hundredths is precomputed, not a component.
 */
final class ScaledPolicy implements ExactPolicy {

  private final IndicatorPolicy base;
  private final long from;
  private final long to;
  private final long max;

  private ScaledPolicy(IndicatorPolicy base, long from, long to) {
    this.base = base;
    this.from = from;
    this.to = to;
    this.max = Points.scale(baseMax(base, from), from, to);
  }

  /** The base's maximum in hundredths; {@code from} when it declares none. */
  private static long baseMax(IndicatorPolicy base, long from) {
    if (base instanceof ExactPolicy) {
      return ((ExactPolicy) base).maxHundredths();
    }
    var declared = base.maxPoints();
    if (declared.isEmpty()) {
      return from;
    }
    long h = Points.hundredthsOrInvalid(declared.getAsDouble());
    return h == Points.INVALID || h < 0 ? from : h;
  }

  /**
   * {@code base} scaled from the maximum {@code from} to {@code to}, both in hundredths.
   */
  static IndicatorPolicy of(IndicatorPolicy base, long from, long to) {
    requireNonNull(base, "base");
    if (base instanceof ScaledPolicy && ((ScaledPolicy) base).to == from) {
      // rescaling a reweighted indicator: scale the original base once, from its own maximum
      ScaledPolicy scaled = (ScaledPolicy) base;
      return scaled.from == to ? scaled.base : new ScaledPolicy(scaled.base, scaled.from, to);
    }
    return from == to ? base : new ScaledPolicy(base, from, to);
  }

  /** The base's points in hundredths. */
  private long baseHundredths(ActivityRecord record) {
    if (base instanceof ExactPolicy) {
      return ((ExactPolicy) base).hundredths(record);
    }
    double p = base.points(record);
    long h = Points.hundredthsOrInvalid(p);
    if (h == Points.INVALID) {
      throw new IllegalArgumentException(
          "base policy returned " + p + " points, not a number with at most two decimals");
    }
    return h;
  }

  @Override
  public long hundredths(ActivityRecord record) {
    return Points.scale(baseHundredths(record), from, to);
  }

  @Override
  public Assessment assess(ActivityRecord record) {
    Assessment a = base.assess(record);
    if (a == null) {
      return null; // reported by the caller as a broken policy
    }
    long h = hundredths(record);
    return Assessment.lazy(Points.toDouble(h), () -> a.reason() + ", scaled from "
        + Points.format(from) + " to " + Points.format(to) + " = " + Points.format(h) + " of "
        + Points.format(max));
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
  public long maxHundredths() {
    return max;
  }

  /** The base ladder's steps with scaled points; empty for a base of your own. */
  @Override
  public Optional<String> steps() {
    return base instanceof Ladder
        ? Optional.of(((Ladder) base).steps(h -> Points.scale(h, from, to)))
        : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScaledPolicy && ((ScaledPolicy) o).base.equals(base)
        && ((ScaledPolicy) o).from == from && ((ScaledPolicy) o).to == to;
  }

  @Override
  public int hashCode() {
    return (base.hashCode() * 31 + Long.hashCode(from)) * 31 + Long.hashCode(to);
  }

  /** {@code "secretariat_meetings: … scaled from 4 to 5.3"}. */
  @Override
  public String toString() {
    return base + " scaled from " + Points.format(from) + " to " + Points.format(to);
  }
}
