package io.allianceeval.awards;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's recommendation to revoke pilot status after several consecutive years below the
 * bar: an alliance whose tier is below {@code T}, or that did not take part, in each of the {@code
 * N} years ending with a given year is a candidate. {@link #pilotsOnly()} restricts the list to the
 * three pilot batches. Immutable.
 */
public final class ExitRule {

  /** A candidate and the years that make it one. */
  public record Candidate(Alliance alliance, List<YearOutcome> years) {
    /** Creates the candidate. */
    public Candidate {
      requireNonNull(alliance, "alliance");
      years = List.copyOf(years);
    }
  }

  private final Tier bar;
  private final int years;
  private final boolean pilotsOnly;

  private ExitRule(Tier bar, int years, boolean pilotsOnly) {
    this.bar = bar;
    this.years = years;
    this.pilotsOnly = pilotsOnly;
  }

  /**
   * Below {@code bar}, or not taking part, in each of {@code years} consecutive years.
   *
   * @throws IllegalArgumentException if {@code years < 1}
   */
  public static ExitRule below(Tier bar, int years) {
    requireNonNull(bar, "bar");
    if (years < 1) {
      throw new IllegalArgumentException("years must be at least 1: " + years);
    }
    return new ExitRule(bar, years, false);
  }

  /** This rule for pilot alliances only. */
  public ExitRule pilotsOnly() {
    return new ExitRule(bar, years, true);
  }

  /**
   * The candidates of {@code year}: every alliance the history knows that fails the bar in each
   * year of the window, ordered by code.
   *
   * @throws IllegalArgumentException if the history lacks a year of the window
   */
  public List<Candidate> candidates(History history, int year) {
    requireNonNull(history, "history");
    List<Integer> missing = history.missingYears(year - years + 1, year);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the exit rule for " + year + " needs the years "
          + (year - years + 1) + "-" + year + "; the history lacks " + missing);
    }
    List<Candidate> out = new ArrayList<>();
    for (AllianceCode code : history.codes()) {
      if (pilotsOnly && !code.batch().isPilot()) {
        continue;
      }
      List<YearOutcome> outcomes = new ArrayList<>();
      boolean all = true;
      for (int y = year - years + 1; y <= year && all; y++) {
        Optional<Participant> p = history.participant(y, code);
        all = p.isEmpty() || !p.get().tier().isAtLeast(bar);
        outcomes.add(YearOutcome.of(y, p));
      }
      if (all) {
        out.add(new Candidate(history.alliance(code), outcomes));
      }
    }
    return List.copyOf(out);
  }

  /** {@code below AVERAGE or not taking part in each of 3 consecutive years}. */
  @Override
  public String toString() {
    return "below " + bar + " or not taking part in each of " + years + " consecutive years"
        + (pilotsOnly ? " (pilots only)" : "");
  }
}
