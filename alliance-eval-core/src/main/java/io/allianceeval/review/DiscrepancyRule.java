package io.allianceeval.review;

import io.allianceeval.scoring.TierScheme;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * When the two rounds disagree enough for collective review (重要差异集体讨论复核会评). The default,
 * {@link #standard(double)} with 10 points: the rounds differ by 10 points or more, or give
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

  /**
   * The cause, if the two round scores of one alliance differ significantly. The scores have at
   * most two decimals.
   */
  Optional<Cause> check(double round1, double round2, TierScheme scheme);

  /**
   * Flags a difference of {@code threshold} points or more ({@link Cause#DIFFERENCE}), else
   * different tiers ({@link Cause#TIER}). The difference is computed exactly: 10 flags a
   * difference of 10.00 and not one of 9.99.
   *
   * @throws IllegalArgumentException if the threshold is not positive or has more than two
   *     decimals
   */
  static DiscrepancyRule standard(double threshold) {
    BigDecimal limit = ReviewPoints.exact(threshold, "threshold");
    if (limit.signum() <= 0) {
      throw new IllegalArgumentException("threshold must be positive: " + threshold);
    }
    return new DiscrepancyRule() {
      @Override
      public Optional<Cause> check(double round1, double round2, TierScheme scheme) {
        BigDecimal difference = ReviewPoints.exact(round1, "round 1 score")
            .subtract(ReviewPoints.exact(round2, "round 2 score")).abs();
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
        return "difference of " + ReviewPoints.format(limit)
            + " points or more, or different tiers";
      }
    };
  }
}
