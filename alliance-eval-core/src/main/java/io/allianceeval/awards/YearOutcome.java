package io.allianceeval.awards;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one alliance did in one year of a history: its tier and score, or that it did not take part
 * (both empty). Immutable; equal when year, tier and score are equal.
 */
@Value.Immutable
public abstract class YearOutcome {

  YearOutcome() {}

  static YearOutcome of(int year, Optional<Participant> participant) {
    return participant.map(p -> ImmutableYearOutcome.of(year, Optional.of(p.tier()), p.total()))
        .orElseGet(() -> absent(year));
  }

  /** A year the alliance did not take part in. */
  public static YearOutcome absent(int year) {
    return ImmutableYearOutcome.of(year, Optional.empty(), Optional.empty());
  }

  /** A year with a tier and no score (a tier-only published result). */
  public static YearOutcome of(int year, Tier tier) {
    return ImmutableYearOutcome.of(year, Optional.of(requireNonNull(tier, "tier")),
        Optional.empty());
  }

  /** A year with a tier and a score. */
  public static YearOutcome of(int year, Tier tier, Points score) {
    return ImmutableYearOutcome.of(year, Optional.of(requireNonNull(tier, "tier")),
        Optional.of(requireNonNull(score, "score")));
  }

  /** {@link #of(int, Tier, Points)} with a whole-point score. */
  public static YearOutcome of(int year, Tier tier, int score) {
    return of(year, tier, Points.of(score));
  }

  /** The year. */
  public abstract int year();

  /** The tier, if it took part. */
  public abstract Optional<Tier> tier();

  /** The score, if it took part and its result has one. */
  public abstract Optional<Points> score();

  /** Whether the alliance took part in the year. */
  public boolean tookPart() {
    return tier().isPresent();
  }

  /** {@code 2019: FAIRLY_HIGH 80}, {@code 2017: did not take part}. */
  @Override
  public String toString() {
    return year() + ": " + (tier().isEmpty() ? "did not take part"
        : tier().get() + score().map(s -> " " + s).orElse(""));
  }
}
