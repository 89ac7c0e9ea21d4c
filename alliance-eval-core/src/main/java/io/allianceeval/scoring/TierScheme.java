package io.allianceeval.scoring;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which totals fall into which {@link Tier}: whole-point bands and the rounding that makes a
 * fractional total whole before it is tiered.
 *
 * <p>The {@linkplain #standard() standard scheme} is the report's: {@code HIGH} 85–100, {@code
 * FAIRLY_HIGH} 70–84, {@code AVERAGE} 50–69, {@code INACTIVE} 0–49, with half-up rounding (84.5 →
 * 85 → HIGH; 84.49 → 84 → FAIRLY_HIGH). A custom scheme is validated: bands must not overlap or
 * leave gaps, each tier appears at most once, and a better tier lies above a worse one.
 *
 * <p>Totals are exact {@link Points}: 84.5 is 84.5, not 84.4999999.
 *
 * <p>Immutable and thread-safe; equal when bands and rounding are equal.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class TierScheme {

  private static final TierScheme STANDARD =
      builder()
          .band(Tier.HIGH, 85, 100)
          .band(Tier.FAIRLY_HIGH, 70, 84)
          .band(Tier.AVERAGE, 50, 69)
          .band(Tier.INACTIVE, 0, 49)
          .build();

  /** Hundredths in a point. */
  private static final long ONE = 100;

  TierScheme() {}

  /** A scheme of validated bands, ordered best first. */
  private static TierScheme of(List<Band> bestFirst, RoundingMode rounding) {
    return ImmutableTierScheme.of(rounding, bestFirst);
  }

  /** The report's scheme: 85–100, 70–84, 50–69, 0–49, rounded half-up. */
  public static TierScheme standard() {
    return STANDARD;
  }

  /** A builder for a scheme of your own; the rounding defaults to half-up. */
  public static Builder builder() {
    return new Builder();
  }

  /** This scheme with another rounding of fractional totals. */
  public TierScheme withRounding(RoundingMode rounding) {
    return of(bands(), requireNonNull(rounding, "rounding"));
  }

  /** The rounding applied to a fractional total before it is tiered. */
  public abstract RoundingMode rounding();

  /** The lowest total the scheme accepts (0 in the standard scheme). */
  @Value.Auxiliary
  @Value.Derived
  public int minimum() {
    return bands().get(bands().size() - 1).min();
  }

  /** The highest total the scheme accepts (100 in the standard scheme). */
  @Value.Auxiliary
  @Value.Derived
  public int maximum() {
    return bands().get(0).max();
  }

  /** The bands' lowest totals, best first, parallel to {@link #bandTiers()}: for tiering fast. */
  @Value.Auxiliary
  @Value.Derived
  int[] bandMinimums() {
    return bands().stream().mapToInt(Band::min).toArray();
  }

  /** The bands' tiers, best first. */
  @Value.Auxiliary
  @Value.Derived
  Tier[] bandTiers() {
    return bands().stream().map(Band::tier).toArray(Tier[]::new);
  }

  /** The tiers the scheme uses, best first. */
  public List<Tier> tiers() {
    return bands().stream().map(Band::tier).toList();
  }

  /** The band of {@code tier}, if the scheme uses it. */
  public Optional<Band> band(Tier tier) {
    requireNonNull(tier, "tier");
    return bands().stream().filter(b -> b.tier() == tier).findFirst();
  }

  /** The bands, best first. */
  public abstract List<Band> bands();

  /**
   * The whole-point total that {@code total} counts as: rounded with {@link #rounding()}.
   *
   * @throws IllegalArgumentException if {@code total} lies outside {@code [minimum(), maximum()]},
   *     or the rounding is {@code UNNECESSARY} and the total is fractional
   */
  public int round(Points total) {
    return roundHundredths(total.toHundredths());
  }

  /** {@link #round(Points)} on a total in hundredths, without a boxed value. */
  int roundHundredths(long h) {
    if (h < (long) minimum() * ONE || h > (long) maximum() * ONE) {
      throw new IllegalArgumentException("total must be from " + minimum() + " to " + maximum()
          + ": " + Points.ofHundredths(h));
    }
    if (h % ONE == 0) {
      return (int) (h / ONE);
    }
    if (rounding() == RoundingMode.HALF_UP) {
      return (int) ((h + ONE / 2) / ONE); // h is not negative
    }
    try {
      return BigDecimal.valueOf(h, 2).setScale(0, rounding()).intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("total must be a whole number under rounding "
          + rounding() + ": " + Points.ofHundredths(h), e);
    }
  }

  /**
   * The tier of {@code total}, after {@linkplain #round rounding}.
   *
   * @throws IllegalArgumentException as {@link #round}
   */
  public Tier tierOf(Points total) {
    return tierOfWhole(round(total));
  }

  /**
   * The tier of a whole-point total, as published.
   *
   * @throws IllegalArgumentException if {@code whole} lies outside {@code [minimum(), maximum()]}
   */
  public Tier tierOfWhole(int whole) {
    if (whole < minimum() || whole > maximum()) {
      throw new IllegalArgumentException(
          "total must be from " + minimum() + " to " + maximum() + ": " + whole);
    }
    int[] mins = bandMinimums();
    for (int i = 0; i < mins.length; i++) {
      if (whole >= mins[i]) {
        return bandTiers()[i];
      }
    }
    throw new AssertionError("bands are contiguous: " + whole);
  }

  /**
   * Whether {@code total} is a total this scheme can tier: from {@link #minimum()} to {@link
   * #maximum()}.
   */
  public boolean accepts(Points total) {
    long h = total.toHundredths();
    return h >= (long) minimum() * ONE && h <= (long) maximum() * ONE;
  }

  /**
   * The smallest total with at most two decimals that rounds into the band of {@code tier} or
   * better: 84.5 for {@code HIGH} under half-up rounding, 84.51 under half-down, 85 under rounding
   * down, 84.01 under rounding up.
   *
   * @throws IllegalArgumentException if the scheme does not use {@code tier}
   */
  public Points lowestTotalFor(Tier tier) {
    Band b = band(tier).orElseThrow(() -> new IllegalArgumentException(
        "tier scheme has no band for " + tier + "; it has " + tiers()));
    long min = b.min() * ONE;
    if (b.min() == minimum()) {
      return Points.ofHundredths(min);
    }
    long half = min - ONE / 2;
    long lowest;
    switch (rounding()) {
      case HALF_UP:
        lowest = half;
        break;
      case HALF_DOWN:
        lowest = half + 1;
        break;
      case HALF_EVEN:
        lowest = b.min() % 2 == 0 ? half : half + 1;
        break;
      case UP:
      case CEILING:
        lowest = min - ONE + 1;
        break;
      default: // DOWN, FLOOR, UNNECESSARY
        lowest = min;
    }
    return Points.ofHundredths(lowest);
  }

  /** {@code TierScheme{HIGH 85-100, FAIRLY_HIGH 70-84, AVERAGE 50-69, INACTIVE 0-49, HALF_UP}}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("TierScheme{");
    for (Band b : bands()) {
      sb.append(b).append(", ");
    }
    return sb.append(rounding()).append('}').toString();
  }

  /**
   * One tier's whole-point band, both ends included.
   *
   * @param tier the tier
   * @param min the lowest whole total of the band
   * @param max the highest whole total of the band
   */
  public record Band(Tier tier, int min, int max) {

    /** Checks that the tier is given; the builder checks the bounds together. */
    public Band {
      requireNonNull(tier, "tier");
    }

    /** {@code HIGH 85-100}. */
    @Override
    public String toString() {
      return tier + " " + min + "-" + max;
    }
  }

  /** Collects bands; {@link #build()} validates them together. */
  public static final class Builder {
    private final List<Band> bands = new ArrayList<>();
    private RoundingMode rounding = RoundingMode.HALF_UP;

    private Builder() {}

    /** Adds the band {@code [min, max]} (whole points, both included) for {@code tier}. */
    public Builder band(Tier tier, int min, int max) {
      bands.add(new Band(requireNonNull(tier, "tier"), min, max));
      return this;
    }

    /** The rounding of fractional totals; half-up by default. */
    public Builder rounding(RoundingMode rounding) {
      this.rounding = requireNonNull(rounding, "rounding");
      return this;
    }

    /**
     * The scheme.
     *
     * @throws InvalidInputException listing every problem: no bands, a band whose minimum exceeds
     *     its maximum or that starts below 0, a tier given twice, an overlap, a gap, or a worse tier
     *     above a better one
     */
    public TierScheme build() {
      List<String> problems = new ArrayList<>();
      if (bands.isEmpty()) {
        problems.add("no bands");
      }
      Map<Tier, Band> byTier = new EnumMap<>(Tier.class);
      for (Band b : bands) {
        if (b.min > b.max) {
          problems.add(b.tier + ": minimum " + b.min + " is above maximum " + b.max);
        }
        if (b.min < 0) {
          problems.add(b.tier + ": minimum must not be negative: " + b.min);
        }
        if (byTier.put(b.tier, b) != null) {
          problems.add(b.tier + ": given twice");
        }
      }
      List<Band> sorted = new ArrayList<>(bands);
      sorted.sort(Comparator.comparingInt((Band b) -> b.min));
      for (int i = 1; i < sorted.size(); i++) {
        Band lower = sorted.get(i - 1);
        Band upper = sorted.get(i);
        if (upper.min <= lower.max) {
          problems.add("overlap: " + lower + " and " + upper + " share "
              + upper.min + (Math.min(lower.max, upper.max) > upper.min
                  ? "-" + Math.min(lower.max, upper.max) : ""));
        } else if (upper.min > lower.max + 1) {
          problems.add("gap: no tier for " + (lower.max + 1)
              + (upper.min - 1 > lower.max + 1 ? "-" + (upper.min - 1) : "")
              + " between " + lower + " and " + upper);
        }
        if (upper.tier.compareTo(lower.tier) > 0) {
          problems.add("order: " + upper + " lies above " + lower
              + ", but a better tier must lie above a worse one");
        }
      }
      if (!problems.isEmpty()) {
        throw InvalidInputException.of("tier scheme is invalid", problems);
      }
      List<Band> bestFirst = new ArrayList<>(byTier.values());
      bestFirst.sort(Comparator.comparingInt(Band::min).reversed());
      return of(bestFirst, rounding);
    }
  }
}
