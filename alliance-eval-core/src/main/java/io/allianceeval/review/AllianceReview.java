package io.allianceeval.review;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The review of one alliance: its two round scores, whether they were flagged and why, its status,
 * its final score and tier (once final), and the experts whose removal would change its tier.
 * Scores have at most two decimals. Immutable; equal when every part is equal.
 */
@Value.Immutable
public abstract class AllianceReview {

  /** Where an alliance stands. */
  public enum Status {
    /** Not flagged: the final score is the mean of the two rounds. */
    FINAL,
    /** Flagged and decided by the collective review. */
    DECIDED,
    /** Flagged and not yet decided. */
    AWAITING_REVIEW
  }

  AllianceReview() {}

  static AllianceReview of(Alliance alliance, Points round1, Points round2,
      Optional<DiscrepancyRule.Cause> cause, Status status, Optional<Points> finalScore,
      Optional<Tier> tier, Optional<Decision> decision, List<String> unstableWithout) {
    return ImmutableAllianceReview.of(alliance, round1, round2, cause, status, finalScore, tier,
        decision, unstableWithout);
  }

  /** The alliance. */
  public abstract Alliance alliance();

  /** The round 1 score (group initial scoring), after aggregation. */
  public abstract Points round1();

  /** The round 2 score (cross-group re-scoring), after aggregation. */
  public abstract Points round2();

  /** Why the rounds were flagged, if they were. */
  public abstract Optional<DiscrepancyRule.Cause> cause();

  /** Where the alliance stands. */
  public abstract Status status();

  /** The final score, once final. */
  public abstract Optional<Points> finalScore();

  /** The tier of the final score, once final. */
  public abstract Optional<Tier> tier();

  /** The collective review's decision, if one was made. */
  public abstract Optional<Decision> decision();

  /**
   * The experts (by id) whose removal from both rounds changes the tier of the mean of the two
   * rounds: the leave-one-out robustness of the result.
   */
  public abstract List<String> unstableWithout();

  /** The alliance's code. */
  public AllianceCode code() {
    return alliance().code();
  }

  /** Whether the rounds differ significantly. */
  public boolean flagged() {
    return cause().isPresent();
  }

  /** {@code 342: 88.5 / 76, flagged DIFFERENCE, DECIDED 80 FAIRLY_HIGH}. */
  @Override
  public String toString() {
    return code() + ": " + round1() + " / " + round2()
        + cause().map(c -> ", flagged " + c).orElse("") + ", " + status()
        + (finalScore().isPresent() ? " " + finalScore().get() + " "
            + tier().get() : "")
        + (unstableWithout().isEmpty() ? "" : ", tier changes without " + unstableWithout());
  }
}
