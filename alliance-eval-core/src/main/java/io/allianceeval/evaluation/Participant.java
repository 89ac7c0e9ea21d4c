package io.allianceeval.evaluation;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Scorecard;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An alliance that took part in the year's evaluation (参评联盟), with its result: tier, and — unless
 * it comes from a tier-only published row — its exact total, the whole-point total it is published
 * and tiered with, and its rank; when it was scored from an activity record, its {@link Scorecard}
 * with group subtotals and indicator scores.
 *
 * <p>Immutable; equal when every part is equal. Hand-written rather than generated: it keeps its
 * totals and rank as primitives, for speed (there is one per scored record).
 */
public final class Participant {

  private final Alliance alliance;
  private final Points total; // null: tier-only
  private final int roundedTotal;
  private final Tier tier;
  private final int rank; // 0: none
  private final Scorecard scorecard; // null: none

  private Participant(Alliance alliance, Points total, int roundedTotal, Tier tier, int rank,
      Scorecard scorecard) {
    this.alliance = alliance;
    this.total = total;
    this.roundedTotal = roundedTotal;
    this.tier = tier;
    this.rank = rank;
    this.scorecard = scorecard;
  }

  /** A participant; {@code total} null for a tier-only row, {@code rank} 0 for none. */
  static Participant of(Alliance alliance, Points total, int roundedTotal, Tier tier, int rank,
      Scorecard scorecard) {
    return new Participant(alliance, total, roundedTotal, tier, rank, scorecard);
  }

  /** The alliance. */
  public Alliance alliance() {
    return alliance;
  }

  /** The alliance's code. */
  public AllianceCode code() {
    return alliance.code();
  }

  /** The alliance's batch. */
  public Batch batch() {
    return alliance.batch();
  }

  /** The exact total as scored or published; empty for a tier-only result. */
  public Optional<Points> total() {
    return Optional.ofNullable(total);
  }

  /**
   * The total rounded to whole points by the tier scheme: the total that is published, tiered and
   * ranked. Empty for a tier-only result.
   */
  public OptionalInt roundedTotal() {
    return total == null ? OptionalInt.empty() : OptionalInt.of(roundedTotal);
  }

  /** The tier. */
  public Tier tier() {
    return tier;
  }

  /**
   * The standard competition rank by {@linkplain #roundedTotal() published total} among the results
   * with a total: equal published totals share a rank (1, 1, 3, …), whatever their exact totals.
   * Empty for a tier-only result.
   */
  public OptionalInt rank() {
    return rank == 0 ? OptionalInt.empty() : OptionalInt.of(rank);
  }

  /** The indicator breakdown, present when scored from an activity record. */
  public Optional<Scorecard> scorecard() {
    return Optional.ofNullable(scorecard);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Participant)) {
      return false;
    }
    Participant p = (Participant) o;
    return alliance.equals(p.alliance) && Objects.equals(total, p.total)
        && roundedTotal == p.roundedTotal && tier == p.tier && rank == p.rank
        && Objects.equals(scorecard, p.scorecard);
  }

  @Override
  public int hashCode() {
    return Objects.hash(alliance, total, roundedTotal, tier, rank, scorecard);
  }

  /** {@code #41 D103 水环境治理产业技术创新战略联盟: 82 FAIRLY_HIGH}. */
  @Override
  public String toString() {
    return (rank > 0 ? "#" + rank + " " : "") + alliance + ": "
        + (total == null ? "" : total + " ") + tier;
  }
}
