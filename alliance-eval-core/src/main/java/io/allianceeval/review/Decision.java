package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;

/**
 * The collective review's decision on a flagged alliance: its final total, why, and who decided.
 */
public record Decision(AllianceCode code, Points score, String rationale, String decidedBy) {

  /**
   * Creates the decision; rationale and decider must not be blank.
   */
  public Decision {
    requireNonNull(code, "code");
    requireNonNull(rationale, "rationale");
    requireNonNull(decidedBy, "decidedBy");
    requireNonNull(score, "score");
    if (rationale.isBlank()) {
      throw new IllegalArgumentException("alliance " + code + ": a decision needs a rationale");
    }
    if (decidedBy.isBlank()) {
      throw new IllegalArgumentException("alliance " + code + ": a decision needs who decided");
    }
  }

  /** A decision on a whole-point score. */
  public Decision(AllianceCode code, int score, String rationale, String decidedBy) {
    this(code, Points.of(score), rationale, decidedBy);
  }

  /** {@code 342: 80 (rationale, by 专家组会评)}. */
  @Override
  public String toString() {
    return code + ": " + score + " (" + rationale + ", by " + decidedBy + ")";
  }
}
