package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;

/**
 * The collective review's decision on a flagged alliance: its final total, why, and who decided.
 */
public record Decision(AllianceCode code, double score, String rationale, String decidedBy) {

  /**
   * Creates the decision; rationale and decider must not be blank, the score must be a number with
   * at most two decimals.
   */
  public Decision {
    requireNonNull(code, "code");
    requireNonNull(rationale, "rationale");
    requireNonNull(decidedBy, "decidedBy");
    ReviewPoints.exact(score, "alliance " + code + ": decided score");
    if (rationale.isBlank()) {
      throw new IllegalArgumentException("alliance " + code + ": a decision needs a rationale");
    }
    if (decidedBy.isBlank()) {
      throw new IllegalArgumentException("alliance " + code + ": a decision needs who decided");
    }
  }

  /** {@code 342: 80 (rationale, by 专家组会评)}. */
  @Override
  public String toString() {
    return code + ": " + ReviewPoints.format(score) + " (" + rationale + ", by " + decidedBy + ")";
  }
}
