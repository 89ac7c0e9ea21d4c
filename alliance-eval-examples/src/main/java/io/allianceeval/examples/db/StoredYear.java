package io.allianceeval.examples.db;

import static java.util.Objects.requireNonNull;

import io.allianceeval.year.EvaluationYear;
import io.allianceeval.year.Phase;
import java.time.Instant;
import java.util.Optional;

/**
 * An evaluation year as stored: its rules' state (period, deadline, lock), its eligibility rule in
 * words ({@code at-least:N} or {@code each-group}), whether it scores with an uploaded indicator
 * system rather than the standard one, its phase, and the end of its publicity once opened.
 *
 * @param year the period, deadline and lock
 * @param eligibility {@code at-least:N} or {@code each-group}
 * @param customSystem whether an indicator-system workbook was uploaded
 * @param phase the phase; {@link Phase#ENTRY} exactly when the year is not locked
 * @param publicityEnd the end of publicity, once it is opened
 */
public record StoredYear(EvaluationYear year, String eligibility, boolean customSystem,
    Phase phase, Optional<Instant> publicityEnd) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the phase and the lock disagree
   */
  public StoredYear {
    requireNonNull(year, "year");
    requireNonNull(eligibility, "eligibility");
    requireNonNull(phase, "phase");
    requireNonNull(publicityEnd, "publicityEnd");
    if (year.locked() == (phase == Phase.ENTRY)) {
      throw new IllegalArgumentException("year " + year.year() + " is "
          + (year.locked() ? "locked" : "not locked") + " but in phase " + phase);
    }
  }

  /** A year taking entries or just locked (its phase follows the lock), without publicity. */
  public static StoredYear of(EvaluationYear year, String eligibility, boolean customSystem) {
    return new StoredYear(year, eligibility, customSystem,
        year.locked() ? Phase.LOCKED : Phase.ENTRY, Optional.empty());
  }

  /** This year in {@code next} phase, with {@code end} as the end of publicity. */
  public StoredYear inPhase(Phase next, Optional<Instant> end) {
    return new StoredYear(year, eligibility, customSystem, next, end);
  }

  /** Whether the year is published and so frozen. */
  public boolean published() {
    return phase == Phase.PUBLISHED;
  }
}
