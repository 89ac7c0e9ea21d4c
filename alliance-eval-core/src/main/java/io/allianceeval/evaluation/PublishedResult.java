package io.allianceeval.evaluation;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a published score table (附件 2): an alliance with its score, its tier, or both. The
 * report lists inactive alliances with a tier and no score.
 *
 * <p>Whether score and tier agree, and whether the score is a number the tier scheme accepts (at
 * in its range), is checked by {@link Evaluation#fromPublished}, which reports
 * every such row at once. Immutable; equal when alliance, score and tier are equal.
 */
@Value.Immutable
public abstract class PublishedResult {

  PublishedResult() {}

  /** A result with a score and the tier printed beside it. */
  public static PublishedResult of(Alliance alliance, Points score, Tier tier) {
    return ImmutablePublishedResult.of(alliance, Optional.of(requireNonNull(score, "score")),
        Optional.of(requireNonNull(tier, "tier")));
  }

  /** {@link #of(Alliance, Points, Tier)} with a whole-point score, as the report prints it. */
  public static PublishedResult of(Alliance alliance, int score, Tier tier) {
    return of(alliance, Points.of(score), tier);
  }

  /** A result with a score only; the tier follows from the tier scheme. */
  public static PublishedResult scored(Alliance alliance, Points score) {
    return ImmutablePublishedResult.of(alliance, Optional.of(requireNonNull(score, "score")),
        Optional.empty());
  }

  /** {@link #scored(Alliance, Points)} with a whole-point score. */
  public static PublishedResult scored(Alliance alliance, int score) {
    return scored(alliance, Points.of(score));
  }

  /** A result with a tier only, as the report prints inactive alliances. */
  public static PublishedResult tierOnly(Alliance alliance, Tier tier) {
    return ImmutablePublishedResult.of(alliance, Optional.empty(),
        Optional.of(requireNonNull(tier, "tier")));
  }

  /** The alliance. */
  public abstract Alliance alliance();

  /** The published score, if printed. */
  public abstract Optional<Points> score();

  /** The published tier, if printed. */
  public abstract Optional<Tier> tier();

  /** {@code PublishedResult{342 高粱产业技术创新战略联盟, 80, FAIRLY_HIGH}}. */
  @Override
  public String toString() {
    return "PublishedResult{" + alliance() + ", "
        + score().map(Points::toString).orElse("no score") + ", "
        + tier().map(Tier::name).orElse("no tier") + "}";
  }
}
