package io.allianceeval.evaluation;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Points;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of a published score table (附件 2): an alliance with its score, its tier, or both. The
 * report lists inactive alliances with a tier and no score.
 *
 * <p>Whether score and tier agree is checked by {@link Evaluation#fromPublished}, under its tier
 * scheme. Immutable; equal when alliance, score and tier are equal.
 */
public final class PublishedResult {

  private final Alliance alliance;
  private final OptionalDouble score;
  private final Optional<Tier> tier;

  private PublishedResult(Alliance alliance, OptionalDouble score, Optional<Tier> tier) {
    this.alliance = alliance;
    this.score = score;
    this.tier = tier;
  }

  /**
   * A published result.
   *
   * @throws IllegalArgumentException if there is neither score nor tier, or the score is not a
   *     finite number
   */
  public static PublishedResult of(Alliance alliance, OptionalDouble score, Optional<Tier> tier) {
    requireNonNull(alliance, "alliance");
    requireNonNull(score, "score");
    requireNonNull(tier, "tier");
    if (score.isEmpty() && tier.isEmpty()) {
      throw new IllegalArgumentException(
          "alliance " + alliance.code() + ": a published result needs a score, a tier or both");
    }
    if (score.isPresent() && !Double.isFinite(score.getAsDouble())) {
      throw new IllegalArgumentException(
          "alliance " + alliance.code() + ": score must be a finite number: " + score.getAsDouble());
    }
    return new PublishedResult(alliance, score, tier);
  }

  /** A result with a score and the tier printed beside it. */
  public static PublishedResult of(Alliance alliance, double score, Tier tier) {
    return of(alliance, OptionalDouble.of(score), Optional.of(requireNonNull(tier, "tier")));
  }

  /** A result with a score only; the tier follows from the tier scheme. */
  public static PublishedResult scored(Alliance alliance, double score) {
    return of(alliance, OptionalDouble.of(score), Optional.empty());
  }

  /** A result with a tier only, as the report prints inactive alliances. */
  public static PublishedResult tierOnly(Alliance alliance, Tier tier) {
    return of(alliance, OptionalDouble.empty(), Optional.of(requireNonNull(tier, "tier")));
  }

  /** The alliance. */
  public Alliance alliance() {
    return alliance;
  }

  /** The published score, if printed. */
  public OptionalDouble score() {
    return score;
  }

  /** The published tier, if printed. */
  public Optional<Tier> tier() {
    return tier;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublishedResult
        && ((PublishedResult) o).alliance.equals(alliance)
        && ((PublishedResult) o).score.equals(score)
        && ((PublishedResult) o).tier.equals(tier);
  }

  @Override
  public int hashCode() {
    return Objects.hash(alliance, score, tier);
  }

  /** {@code PublishedResult{342 高粱产业技术创新战略联盟, 80, FAIRLY_HIGH}}. */
  @Override
  public String toString() {
    return "PublishedResult{" + alliance + ", "
        + (score.isPresent() ? Points.format(score.getAsDouble()) : "no score") + ", "
        + tier.map(Tier::name).orElse("no tier") + "}";
  }
}
