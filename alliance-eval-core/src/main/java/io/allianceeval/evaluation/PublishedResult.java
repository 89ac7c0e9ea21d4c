package io.allianceeval.evaluation;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.Tier;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One row of a published score table (附件 2): an alliance with its score, its tier, or both. The
 * report lists inactive alliances with a tier and no score.
 *
 * <p>Whether score and tier agree, and whether the score is a number the tier scheme accepts (at
 * most two decimals, in its range), is checked by {@link Evaluation#fromPublished}, which reports
 * every such row at once. Immutable; equal when alliance, score and tier are equal.
 */
@Value.Immutable
public abstract class PublishedResult {

  PublishedResult() {}

  /**
   * A result with a score and the tier printed beside it.
   *
   * @throws IllegalArgumentException if the score is not a finite number
   */
  public static PublishedResult of(Alliance alliance, double score, Tier tier) {
    return ImmutablePublishedResult.of(alliance, OptionalDouble.of(score),
        Optional.of(requireNonNull(tier, "tier")));
  }

  /**
   * A result with a score only; the tier follows from the tier scheme.
   *
   * @throws IllegalArgumentException if the score is not a finite number
   */
  public static PublishedResult scored(Alliance alliance, double score) {
    return ImmutablePublishedResult.of(alliance, OptionalDouble.of(score), Optional.empty());
  }

  /** A result with a tier only, as the report prints inactive alliances. */
  public static PublishedResult tierOnly(Alliance alliance, Tier tier) {
    return ImmutablePublishedResult.of(alliance, OptionalDouble.empty(),
        Optional.of(requireNonNull(tier, "tier")));
  }

  /** The alliance. */
  public abstract Alliance alliance();

  /** The published score, if printed. */
  public abstract OptionalDouble score();

  /** The published tier, if printed. */
  public abstract Optional<Tier> tier();

  @Value.Check
  void check() {
    if (score().isPresent() && !Double.isFinite(score().getAsDouble())) {
      throw new IllegalArgumentException("alliance " + alliance().code()
          + ": score must be a finite number: " + score().getAsDouble());
    }
  }

  /** {@code PublishedResult{342 高粱产业技术创新战略联盟, 80, FAIRLY_HIGH}}. */
  @Override
  public String toString() {
    return "PublishedResult{" + alliance() + ", "
        + (score().isPresent() ? Evaluation.format(score().getAsDouble()) : "no score") + ", "
        + tier().map(Tier::name).orElse("no tier") + "}";
  }
}
