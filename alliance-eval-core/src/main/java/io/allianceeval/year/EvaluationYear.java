package io.allianceeval.year;

import io.allianceeval.activity.Period;
import java.time.Instant;
import java.util.Objects;

/**
 * The year as the office opened it: the evaluation period, the deadline for entries and whether
 * the year is locked (its records built from the approved entries).
 *
 * @param year the evaluation year
 * @param period the period whose entries count
 * @param deadline the last instant at which secretariats may change entries and submit
 * @param locked whether the year is locked
 */
public record EvaluationYear(int year, Period period, Instant deadline, boolean locked) {

  /** Checks that no part is null. */
  public EvaluationYear {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(deadline, "deadline");
  }

  /** An open year: not locked. */
  public static EvaluationYear open(int year, Period period, Instant deadline) {
    return new EvaluationYear(year, period, deadline, false);
  }

  /** Whether {@code now} is after the deadline. */
  public boolean deadlinePassed(Instant now) {
    return now.isAfter(deadline);
  }

  /** This year with another deadline (the office may move it while the year is open). */
  public EvaluationYear withDeadline(Instant newDeadline) {
    return new EvaluationYear(year, period, newDeadline, locked);
  }
}
