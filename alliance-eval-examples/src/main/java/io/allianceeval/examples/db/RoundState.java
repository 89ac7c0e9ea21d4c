package io.allianceeval.examples.db;

import static java.util.Objects.requireNonNull;

import io.allianceeval.review.Round;
import java.time.Instant;
import java.util.Optional;

/**
 * A round of the review as stored: when it opened, when sheets are due (if the office set a date),
 * when it closed, and — for a round closed with sheets missing — who was missing and why.
 */
public record RoundState(Round round, Instant openedAt, Optional<Instant> due,
    Optional<Instant> closedAt, Optional<String> missingReason) {

  /** Checks the parts. */
  public RoundState {
    requireNonNull(round, "round");
    requireNonNull(openedAt, "openedAt");
    requireNonNull(due, "due");
    requireNonNull(closedAt, "closedAt");
    requireNonNull(missingReason, "missingReason");
  }
}
