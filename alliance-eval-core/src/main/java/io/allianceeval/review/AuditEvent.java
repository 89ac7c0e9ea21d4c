package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;

/**
 * One step of the review, in the order it happened: a score entered, a round aggregated, a flag
 * raised, a decision recorded, a final score set.
 */
public record AuditEvent(int sequence, Kind kind, AllianceCode code, String detail) {

  /** What happened. */
  public enum Kind {
    /** An expert's score was entered. */
    ENTERED,
    /** An expert's total was corrected for severity before aggregation. */
    CORRECTED,
    /** A round's scores were aggregated. */
    AGGREGATED,
    /** The rounds differ significantly: collective review needed. */
    FLAGGED,
    /** The collective review decided. */
    DECIDED,
    /** The final score and tier. */
    FINAL
  }

  /** Creates the event. */
  public AuditEvent {
    requireNonNull(kind, "kind");
    requireNonNull(code, "code");
    requireNonNull(detail, "detail");
  }

  /** {@code #12 FLAGGED 342: round 1 88.5, round 2 76 differ by 12.5 (DIFFERENCE)}. */
  @Override
  public String toString() {
    return "#" + sequence + " " + kind + " " + code + ": " + detail;
  }
}
