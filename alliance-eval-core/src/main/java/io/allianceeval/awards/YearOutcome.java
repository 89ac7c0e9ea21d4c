package io.allianceeval.awards;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Points;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one alliance did in one year of a history: its tier and score, or that it did not take part
 * (both empty).
 */
public final class YearOutcome {

  private final int year;
  private final Optional<Tier> tier;
  private final OptionalDouble score;

  private YearOutcome(int year, Optional<Tier> tier, OptionalDouble score) {
    this.year = year;
    this.tier = tier;
    this.score = score;
  }

  static YearOutcome of(int year, Optional<Participant> participant) {
    return participant.map(p -> new YearOutcome(year, Optional.of(p.tier()), p.total()))
        .orElseGet(() -> new YearOutcome(year, Optional.empty(), OptionalDouble.empty()));
  }

  /** An outcome; a score without a tier is not one. */
  public static YearOutcome of(int year, Optional<Tier> tier, OptionalDouble score) {
    requireNonNull(tier, "tier");
    requireNonNull(score, "score");
    if (tier.isEmpty() && score.isPresent()) {
      throw new IllegalArgumentException("a score needs a tier: " + year);
    }
    return new YearOutcome(year, tier, score);
  }

  /** The year. */
  public int year() {
    return year;
  }

  /** Whether the alliance took part in the year. */
  public boolean tookPart() {
    return tier.isPresent();
  }

  /** The tier, if it took part. */
  public Optional<Tier> tier() {
    return tier;
  }

  /** The score, if it took part and its result has one. */
  public OptionalDouble score() {
    return score;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YearOutcome && ((YearOutcome) o).year == year
        && ((YearOutcome) o).tier.equals(tier) && ((YearOutcome) o).score.equals(score);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, tier, score);
  }

  /** {@code 2019: FAIRLY_HIGH 80}, {@code 2017: did not take part}. */
  @Override
  public String toString() {
    return year + ": " + (tier.isEmpty() ? "did not take part"
        : tier.get() + (score.isPresent() ? " " + Points.format(score.getAsDouble()) : ""));
  }
}
