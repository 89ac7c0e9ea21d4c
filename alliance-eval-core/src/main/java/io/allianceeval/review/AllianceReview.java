package io.allianceeval.review;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Points;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The review of one alliance: its two round scores, whether they were flagged and why, its status,
 * its final score and tier (once final), and the experts whose removal would change its tier.
 */
public record AllianceReview(
    Alliance alliance,
    double round1,
    double round2,
    Optional<DiscrepancyRule.Cause> cause,
    Status status,
    OptionalDouble finalScore,
    Optional<Tier> tier,
    Optional<Decision> decision,
    List<String> unstableWithout) {

  /** Where an alliance stands. */
  public enum Status {
    /** Not flagged: the final score is the mean of the two rounds. */
    FINAL,
    /** Flagged and decided by the collective review. */
    DECIDED,
    /** Flagged and not yet decided. */
    AWAITING_REVIEW
  }

  /** Creates the record; lists are copied. */
  public AllianceReview {
    unstableWithout = List.copyOf(unstableWithout);
  }

  /** The alliance's code. */
  public AllianceCode code() {
    return alliance.code();
  }

  /** Whether the rounds differ significantly. */
  public boolean flagged() {
    return cause.isPresent();
  }

  /** {@code 342: 88.5 / 76, flagged DIFFERENCE, DECIDED 80 FAIRLY_HIGH}. */
  @Override
  public String toString() {
    return alliance.code() + ": " + Points.format(round1) + " / " + Points.format(round2)
        + cause.map(c -> ", flagged " + c).orElse("") + ", " + status
        + (finalScore.isPresent() ? " " + Points.format(finalScore.getAsDouble()) + " "
            + tier.get() : "")
        + (unstableWithout.isEmpty() ? "" : ", tier changes without " + unstableWithout);
  }
}
