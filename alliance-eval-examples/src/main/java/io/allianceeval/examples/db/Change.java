package io.allianceeval.examples.db;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One line of the change log, which is only ever appended to: who did what, when, to which year,
 * alliance and entry, and the entry or state before and after (as JSON).
 *
 * @param id its place in the log (increasing)
 * @param at when
 * @param username who
 * @param year the year it concerns, if any
 * @param alliance the alliance it concerns, if any
 * @param action what: {@code create}, {@code update}, {@code delete}, {@code submit}, {@code
 *     approve}, {@code return}, {@code reopen}, {@code lock}, {@code open-year}, …
 * @param entryId the entry it concerns, if any
 * @param before the entry or state before, as JSON, if any
 * @param after the entry or state after, as JSON, if any
 */
public record Change(long id, Instant at, String username, OptionalInt year,
    Optional<AllianceCode> alliance, String action, OptionalLong entryId, Optional<String> before,
    Optional<String> after) {

  /** Checks the parts. */
  public Change {
    requireNonNull(at, "at");
    requireNonNull(username, "username");
    requireNonNull(year, "year");
    requireNonNull(alliance, "alliance");
    requireNonNull(action, "action");
    requireNonNull(entryId, "entryId");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
  }
}
