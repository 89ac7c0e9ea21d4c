package io.allianceeval.examples.db;

import static java.util.Objects.requireNonNull;

import io.allianceeval.review.Round;
import io.allianceeval.year.SheetState;
import java.time.Instant;
import java.util.Optional;

/**
 * An expert's score sheet of one round as stored: draft or submitted, when it last changed, and
 * why the office reopened it if it did.
 */
public record StoredSheet(Round round, String expertId, SheetState state, Instant changedAt,
    Optional<String> reopenedBecause) {

  /** Checks the parts. */
  public StoredSheet {
    requireNonNull(round, "round");
    requireNonNull(expertId, "expertId");
    requireNonNull(state, "state");
    requireNonNull(changedAt, "changedAt");
    requireNonNull(reopenedBecause, "reopenedBecause");
  }
}
