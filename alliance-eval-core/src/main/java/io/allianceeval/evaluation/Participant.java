package io.allianceeval.evaluation;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Scorecard;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An alliance that took part in the year's evaluation (参评联盟), with its result: tier, and — unless
 * it comes from a tier-only published row — its exact total, the whole-point total it is published
 * and tiered with, and its rank; when it was scored from an activity record, its {@link Scorecard}
 * with group subtotals and indicator scores.
 *
 * <p>Immutable; equal when every part is equal.
 */
@Value.Immutable
public abstract class Participant {

  Participant() {}

  /** A participant; {@code total} NaN for a tier-only row, {@code rank} 0 for none. */
  static Participant of(Alliance alliance, double total, int roundedTotal, Tier tier, int rank,
      Scorecard scorecard) {
    boolean hasTotal = !Double.isNaN(total);
    return ImmutableParticipant.of(alliance,
        hasTotal ? OptionalDouble.of(total) : OptionalDouble.empty(),
        hasTotal ? OptionalInt.of(roundedTotal) : OptionalInt.empty(),
        tier,
        rank > 0 ? OptionalInt.of(rank) : OptionalInt.empty(),
        Optional.ofNullable(scorecard));
  }

  /** The alliance. */
  public abstract Alliance alliance();

  /**
   * The exact total as scored or published, with at most two decimals; empty for a tier-only
   * result.
   */
  public abstract OptionalDouble total();

  /**
   * The total rounded to whole points by the tier scheme: the total that is published, tiered and
   * ranked. Empty for a tier-only result.
   */
  public abstract OptionalInt roundedTotal();

  /** The tier. */
  public abstract Tier tier();

  /**
   * The standard competition rank by {@linkplain #roundedTotal() published total} among the results
   * with a total: equal published totals share a rank (1, 1, 3, …), whatever their exact totals.
   * Empty for a tier-only result.
   */
  public abstract OptionalInt rank();

  /** The indicator breakdown, present when scored from an activity record. */
  public abstract Optional<Scorecard> scorecard();

  /** The alliance's code. */
  public AllianceCode code() {
    return alliance().code();
  }

  /** The alliance's batch. */
  public Batch batch() {
    return alliance().batch();
  }

  /** {@code #41 D103 水环境治理产业技术创新战略联盟: 82 FAIRLY_HIGH}. */
  @Override
  public String toString() {
    return (rank().isPresent() ? "#" + rank().getAsInt() + " " : "") + alliance() + ": "
        + (total().isPresent() ? Evaluation.format(total().getAsDouble()) + " " : "") + tier();
  }
}
