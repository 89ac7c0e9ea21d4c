package io.allianceeval.activity;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.InvalidInputException.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns an activity log into the year's {@link io.allianceeval.model.ActivityRecord records}: an
 * immutable configuration — the year, the {@link Period}, the {@link ActivityKinds}, the {@link
 * Eligibility} rule and, optionally, the roster — whose {@link #tally} is a pure function. Safe
 * to keep in a {@code static final} and to share between threads.
 *
 * <pre>{@code
 * TallyResult tally = Tally.forYear(2019).tally(log);
 * EvaluationResult result = tally.evaluate(Evaluation.forYear(2019));
 * }</pre>
 *
 * <p>How a log becomes records:
 *
 * <ul>
 *   <li>entries of an event kind dated outside the period, and entries of any kind dated after its
 *       end, are {@linkplain TallyResult#excluded() excluded}: counted and listed, never scored;
 *   <li>{@linkplain Activity duplicates} are counted once and {@linkplain TallyResult#duplicates()
 *       listed};
 *   <li>each alliance's entries dated in the period go to the eligibility rule; an alliance it
 *       refuses — by default one with no entry dated in the period, including every alliance of
 *       the roster with no entry at all — is {@linkplain TallyResult#ineligible() not eligible};
 *   <li>every other alliance gets a record with a value for the fact of every kind: the count of
 *       an event kind (0 with no entry), the latest value of a state kind (0 with none), the months
 *       since the latest dated state (missing with none: for the website, no website).
 * </ul>
 */
public final class Tally {

  private final int year;
  private final Period period;
  private final ActivityKinds kinds;
  private final Eligibility eligibility;
  private final Optional<List<Alliance>> roster;

  private Tally(int year, Period period, ActivityKinds kinds, Eligibility eligibility,
      Optional<List<Alliance>> roster) {
    this.year = year;
    this.period = period;
    this.kinds = kinds;
    this.eligibility = eligibility;
    this.roster = roster;
  }

  /**
   * The tally of {@code year}: the calendar year as its period, the {@linkplain
   * ActivityKinds#standard2019() standard kinds}, {@linkplain Eligibility#anyEntry() at least one
   * entry} to take part, and no roster (the alliances are those of the log).
   *
   * @throws IllegalArgumentException if the year is not from 2000 to 2100
   */
  public static Tally forYear(int year) {
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("year must be from 2000 to 2100: " + year);
    }
    return new Tally(year, Period.year(year), ActivityKinds.standard2019(), Eligibility.anyEntry(),
        Optional.empty());
  }

  /** This tally over {@code period} instead of the calendar year. */
  public Tally withPeriod(Period period) {
    return new Tally(year, requireNonNull(period, "period"), kinds, eligibility, roster);
  }

  /** This tally reading the kinds of {@code kinds}. */
  public Tally withKinds(ActivityKinds kinds) {
    return new Tally(year, period, requireNonNull(kinds, "kinds"), eligibility, roster);
  }

  /** This tally deciding who takes part with {@code eligibility}. */
  public Tally withEligibility(Eligibility eligibility) {
    return new Tally(year, period, kinds, requireNonNull(eligibility, "eligibility"), roster);
  }

  /**
   * This tally for the alliances of {@code roster}: an entry of another alliance is bad input,
   * and a roster alliance without entries goes to the eligibility rule like the others. Names are
   * taken from the roster.
   *
   * @throws IllegalArgumentException if a code appears twice
   */
  public Tally withRoster(Collection<Alliance> roster) {
    List<Alliance> list = List.copyOf(requireNonNull(roster, "roster"));
    Set<AllianceCode> seen = new HashSet<>();
    for (Alliance a : list) {
      if (!seen.add(a.code())) {
        throw new IllegalArgumentException("roster lists alliance " + a.code() + " twice");
      }
    }
    return new Tally(year, period, kinds, eligibility, Optional.of(list));
  }

  /** The evaluation year of the records. */
  public int year() {
    return year;
  }

  /** The period. */
  public Period period() {
    return period;
  }

  /** The kinds a log may hold. */
  public ActivityKinds kinds() {
    return kinds;
  }

  /** The eligibility rule. */
  public Eligibility eligibility() {
    return eligibility;
  }

  /** The roster, if one was given. */
  public Optional<List<Alliance>> roster() {
    return roster;
  }

  /**
   * Turns {@code log} into records. Pure: the same log in any order gives the same records.
   *
   * @throws InvalidInputException listing at once every entry whose kind is not one of this
   *     tally's kinds, every entry of an alliance not on the roster, and every pair of entries of a
   *     value-carrying state kind on the same day with different values; positions are indexes
   *     into {@code log} in iteration order
   * @throws IllegalStateException if the eligibility rule throws or returns null, naming the
   *     alliance
   */
  public TallyResult tally(Collection<Activity> log) {
    requireNonNull(log, "log");
    List<Problem> problems = new ArrayList<>();
    Map<AllianceCode, Alliance> rosterByCode = new HashMap<>();
    roster.ifPresent(r -> r.forEach(a -> rosterByCode.put(a.code(), a)));
    Map<ActivityKind, Integer> kindIndex = new HashMap<>();
    List<ActivityKind> kindList = kinds.kinds();
    for (int k = 0; k < kindList.size(); k++) {
      kindIndex.put(kindList.get(k), k);
    }
    Map<AllianceCode, TallyResult.Entries> byCode = new HashMap<>();
    Set<DuplicateKey> seen = new HashSet<>();
    Map<DuplicateKey, Activity> valueOfDay = new HashMap<>();
    List<Activity> excluded = new ArrayList<>();
    List<Activity> duplicates = new ArrayList<>();
    Map<AllianceCode, List<Integer>> offRoster = new TreeMap<>();
    LocalDate start = period.start();
    LocalDate end = period.end();
    int i = -1;
    for (Activity a : log) {
      i++;
      requireNonNull(a, "log contains null");
      Integer k = kindIndex.get(a.kind());
      if (k == null) {
        problems.add(Problem.at(List.of(i), "kind", "alliance " + a.alliance().code() + ": kind "
            + a.kind().name() + " is not one of " + kinds.names()));
        continue;
      }
      AllianceCode code = a.alliance().code();
      if (roster.isPresent() && !rosterByCode.containsKey(code)) {
        offRoster.computeIfAbsent(code, c -> new ArrayList<>()).add(i);
        continue;
      }
      ActivityKind kind = kindList.get(k);
      TallyResult.Entries entries = byCode.get(code);
      if (entries == null) {
        entries = new TallyResult.Entries(rosterByCode.getOrDefault(code, a.alliance()),
            kindList.size());
        byCode.put(code, entries);
      }
      boolean inPeriod = !a.date().isBefore(start) && !a.date().isAfter(end);
      if (a.date().isAfter(end) || (!inPeriod && !kind.isState())) {
        excluded.add(a);
        continue;
      }
      if (!seen.add(new DuplicateKey(code, kind.name(), a.date(), a.normalizedTitle(),
          a.value().orElse(-1)))) {
        duplicates.add(a);
        continue;
      }
      if (kind.carriesValue()) {
        Activity before = valueOfDay.putIfAbsent(
            new DuplicateKey(code, kind.name(), a.date(), "", 0), a);
        if (before != null && !before.value().equals(a.value())) {
          problems.add(Problem.at(List.of(i), "value", "alliance " + code + ": " + kind.name()
              + " on " + a.date() + " is entered as " + before.value().getAsInt() + " and as "
              + a.value().getAsInt() + "; enter one value per day"));
        }
      }
      entries.add(a, k, inPeriod);
    }
    offRoster.forEach((code, at) -> problems.add(Problem.at(at, "code", "alliance " + code
        + ": not on the roster (" + at.size() + (at.size() == 1 ? " entry)" : " entries)"))));
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(p -> p.positions().get(0)));
      throw new InvalidInputException("activity log for " + period + " is invalid", problems);
    }
    roster.ifPresent(r -> r.forEach(a -> byCode.computeIfAbsent(a.code(),
        c -> new TallyResult.Entries(a, kindList.size()))));
    return new TallyResult(this, byCode, excluded, duplicates);
  }

  /**
   * What makes two entries duplicates: code, kind, date and the normalised title — and the value,
   * so that two values entered for one day are a conflict to report, not a duplicate to drop.
   */
  private record DuplicateKey(AllianceCode code, String kind, LocalDate date, String title,
      int value) {}

  /** {@code Tally{2019, 2019-01-01..2019-12-31, 20 kinds, roster of 157}}. */
  @Override
  public String toString() {
    return "Tally{" + year + ", " + period + ", " + kinds.kinds().size() + " kinds"
        + roster.map(r -> ", roster of " + r.size()).orElse("") + "}";
  }
}
