package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Points;
import io.allianceeval.scoring.TierScheme;
import java.util.Optional;

/**
 * When the two rounds disagree enough for collective review (重要差异集体讨论复核会评). The default,
 * {@link #standard(int)} with 10 points: the rounds differ by 10 points or more, or give
 * different tiers.
 *
 * <h2>Specification for implementors</h2>
 *
 * Pure and thread-safe; the same inputs give the same answer.
 */
@FunctionalInterface
public interface DiscrepancyRule {

  /** Why a difference is significant. */
  enum Cause {
    /** The round scores differ by the threshold or more. */
    DIFFERENCE,
    /** The round scores fall into different tiers. */
    TIER
  }

  /** The cause, if the two round scores of one alliance differ significantly. */
  Optional<Cause> check(Points round1, Points round2, TierScheme scheme);

  /**
   * Flags a difference of {@code threshold} points or more ({@link Cause#DIFFERENCE}), else
   * different tiers ({@link Cause#TIER}). The difference is computed exactly: 10 flags a
   * difference of 10.00 and not one of 9.99.
   *
   * @throws IllegalArgumentException if the threshold is not positive
   */
  static DiscrepancyRule standard(int threshold) {
    return standard(Points.of(threshold));
  }

  /** {@link #standard(int)} with a threshold that may have decimals. */
  static DiscrepancyRule standard(Points threshold) {
    Points limit = requireNonNull(threshold, "threshold");
    if (!limit.isPositive()) {
      throw new IllegalArgumentException("threshold must be positive: " + threshold);
    }
    return new DiscrepancyRule() {
      @Override
      public Optional<Cause> check(Points round1, Points round2, TierScheme scheme) {
        Points difference = round1.minus(round2).abs();
        if (difference.compareTo(limit) >= 0) {
          return Optional.of(Cause.DIFFERENCE);
        }
        if (scheme.tierOf(round1) != scheme.tierOf(round2)) {
          return Optional.of(Cause.TIER);
        }
        return Optional.empty();
      }

      @Override
      public String toString() {
        return "difference of " + limit
            + " points or more, or different tiers";
      }
    };
  }
}
