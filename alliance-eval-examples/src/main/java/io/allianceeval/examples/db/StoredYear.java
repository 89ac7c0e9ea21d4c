package io.allianceeval.examples.db;

import static java.util.Objects.requireNonNull;

import io.allianceeval.year.EvaluationYear;

/**
 * An evaluation year as stored: its rules' state (period, deadline, lock), its eligibility rule in
 * words ({@code at-least:N} or {@code each-group}), and whether it scores with an uploaded
 * indicator system rather than the standard one.
 */
public record StoredYear(EvaluationYear year, String eligibility, boolean customSystem) {

  /** Checks the parts. */
  public StoredYear {
    requireNonNull(year, "year");
    requireNonNull(eligibility, "eligibility");
  }
}
