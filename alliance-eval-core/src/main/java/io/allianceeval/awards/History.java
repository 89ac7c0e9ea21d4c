package io.allianceeval.awards;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.NonParticipant;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Tier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Evaluation results of several years — scored from records or read from published tables, mixed —
 * keyed by year and, within a year, by alliance code, so that an alliance renamed between
 * documents stays one alliance.
 *
 * <p>Immutable. Years need not be contiguous; a year absent from the history is "missing
 * altogether", which is different from an alliance not taking part in a year that is present.
 * Hand-written rather than generated: it keeps its results in an array by year, for the lookups an
 * award scan makes.
 */
public final class History {

  private final SortedMap<Integer, EvaluationResult> byYear;
  /** Results by year − {@code firstYear}; null where a year is missing. */
  private final EvaluationResult[] slots;
  private final int firstYear;
  private final SortedSet<Integer> years;

  private History(SortedMap<Integer, EvaluationResult> byYear) {
    this.byYear = Collections.unmodifiableSortedMap(byYear);
    this.years = Collections.unmodifiableSortedSet(new TreeSet<>(byYear.keySet()));
    this.firstYear = byYear.isEmpty() ? 0 : byYear.firstKey();
    this.slots = new EvaluationResult[byYear.isEmpty() ? 0 : byYear.lastKey() - firstYear + 1];
    byYear.forEach((y, r) -> slots[y - firstYear] = r);
  }

  /** The result of {@code year}, or null. */
  private EvaluationResult slot(int year) {
    int i = year - firstYear;
    return i >= 0 && i < slots.length ? slots[i] : null;
  }

  /**
   * A history of {@code results}, in any order.
   *
   * @throws InvalidInputException if a year is given twice (every such year is listed)
   */
  public static History of(Collection<EvaluationResult> results) {
    requireNonNull(results, "results");
    Builder b = builder();
    List<String> problems = new ArrayList<>();
    Map<Integer, Integer> seen = new TreeMap<>();
    for (EvaluationResult r : results) {
      requireNonNull(r, "result");
      seen.merge(r.year(), 1, Integer::sum);
    }
    seen.forEach((year, n) -> {
      if (n > 1) {
        problems.add("year " + year + ": given " + n + " times, expected once");
      }
    });
    if (!problems.isEmpty()) {
      throw InvalidInputException.of("history is invalid", problems);
    }
    results.forEach(r -> b.put(r.year(), r));
    return b.build();
  }

  /** A builder that puts results into year slots. */
  public static Builder builder() {
    return new Builder();
  }

  /** The years present, ascending. */
  public SortedSet<Integer> years() {
    return years;
  }

  /** Whether the history has a result for {@code year}. */
  public boolean has(int year) {
    return slot(year) != null;
  }

  /** The result of {@code year}, if present. */
  public Optional<EvaluationResult> result(int year) {
    return Optional.ofNullable(slot(year));
  }

  /** {@code code}'s result in {@code year}; empty if the year is missing or it did not take part. */
  public Optional<Participant> participant(int year, AllianceCode code) {
    requireNonNull(code, "code");
    EvaluationResult r = slot(year);
    return r == null ? Optional.empty() : r.participant(code);
  }

  /**
   * {@code code}'s tier in {@code year}; empty if the year is missing or it did not take part.
   * Allocation-free: see {@link EvaluationResult#tier}.
   */
  public Optional<Tier> tier(int year, AllianceCode code) {
    requireNonNull(code, "code");
    EvaluationResult r = slot(year);
    return r == null ? Optional.empty() : r.tier(code);
  }

  /**
   * Every alliance code the history knows — participants, named non-participants and roster
   * members of any year — ordered by code.
   */
  public SortedSet<AllianceCode> codes() {
    SortedSet<AllianceCode> codes = new TreeSet<>();
    for (EvaluationResult r : byYear.values()) {
      r.participants().forEach(p -> codes.add(p.code()));
      r.nonParticipants().forEach(n -> codes.add(n.code()));
      r.population().roster().ifPresent(list -> list.forEach(a -> codes.add(a.code())));
    }
    return Collections.unmodifiableSortedSet(codes);
  }

  /**
   * The alliance as most recently named: its entry in the latest year that names it.
   *
   * @throws IllegalArgumentException if no year names {@code code}
   */
  public Alliance alliance(AllianceCode code) {
    requireNonNull(code, "code");
    for (int i = slots.length - 1; i >= 0; i--) {
      EvaluationResult r = slots[i];
      if (r == null) {
        continue;
      }
      Optional<Participant> p = r.participant(code);
      if (p.isPresent()) {
        return p.get().alliance();
      }
      for (NonParticipant n : r.nonParticipants()) {
        if (n.code().equals(code)) {
          return n.alliance();
        }
      }
      Optional<Alliance> onRoster = r.population().alliance(code);
      if (onRoster.isPresent()) {
        return onRoster.get();
      }
    }
    throw new IllegalArgumentException("alliance " + code + " appears in no year of the history");
  }

  /** The years from {@code from} to {@code to} (both included) that the history lacks. */
  public List<Integer> missingYears(int from, int to) {
    List<Integer> missing = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      if (slot(y) == null) {
        missing.add(y);
      }
    }
    return missing;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof History && ((History) o).byYear.equals(byYear);
  }

  @Override
  public int hashCode() {
    return byYear.hashCode();
  }

  /** {@code History{2016, 2017, 2018, 2019}}. */
  @Override
  public String toString() {
    return "History{" + String.join(", ", byYear.keySet().stream().map(String::valueOf).toList())
        + "}";
  }

  /** Puts results into year slots; not thread-safe. */
  public static final class Builder {
    private final SortedMap<Integer, EvaluationResult> byYear = new TreeMap<>();

    private Builder() {}

    /**
     * Puts the result of {@code year}.
     *
     * @throws IllegalArgumentException if the result is of another year, or the slot is taken
     */
    public Builder put(int year, EvaluationResult result) {
      requireNonNull(result, "result");
      if (result.year() != year) {
        throw new IllegalArgumentException(
            "the result of " + result.year() + " cannot be put in the slot of " + year);
      }
      if (byYear.containsKey(year)) {
        throw new IllegalArgumentException("year " + year + " is given twice");
      }
      byYear.put(year, result);
      return this;
    }

    /** The history. */
    public History build() {
      return new History(new TreeMap<>(byYear));
    }
  }
}
