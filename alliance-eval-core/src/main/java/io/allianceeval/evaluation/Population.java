package io.allianceeval.evaluation;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Batch;
import io.allianceeval.model.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Every alliance registered for evaluation in a year: the denominator of "share of all alliances".
 * In 2019, 157 = 52 first + 39 second + 55 third batch pilots + 11 network members.
 *
 * <p>Three kinds:
 *
 * <ul>
 *   <li>a {@linkplain #ofRoster roster}: the alliances themselves; an alliance on it without a
 *       record becomes a named non-participant;
 *   <li>{@linkplain #ofCounts counts per batch}, when only the counts are known (the report does
 *       not list the 58 alliances that did not take part);
 *   <li>{@linkplain #evaluated() the evaluated alliances}: no more than the input names. The
 *       default of {@link Evaluation}; an {@link EvaluationResult} always carries the resolved
 *       roster.
 * </ul>
 *
 * <p>Immutable; equal when kind, counts and roster are equal.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Population {

  enum Kind {
    ROSTER,
    COUNTS,
    EVALUATED
  }

  private static final Population EVALUATED = create(Kind.EVALUATED, Map.of(), null);

  Population() {}

  private static Population create(Kind kind, Map<Batch, Integer> counts,
      List<Alliance> roster) {
    return ImmutablePopulation.of(kind, counts,
        roster == null ? Optional.empty() : Optional.of(Collections.unmodifiableList(roster)));
  }

  abstract Kind kind();

  /** The count of every batch, in batch order; empty for {@link #evaluated()}. */
  abstract Map<Batch, Integer> counts();

  /** The alliances, ordered by code, if the population is a roster. */
  public abstract Optional<List<Alliance>> roster();

  /** Roster members by code; empty without a roster. */
  @Value.Lazy
  Map<AllianceCode, Alliance> byCode() {
    Map<AllianceCode, Alliance> map = new HashMap<>();
    roster().ifPresent(list -> list.forEach(a -> map.put(a.code(), a)));
    return Collections.unmodifiableMap(map);
  }

  /**
   * A population known only by its counts per batch; a batch not in the map counts 0.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static Population ofCounts(Map<Batch, Integer> counts) {
    requireNonNull(counts, "counts");
    EnumMap<Batch, Integer> map = new EnumMap<>(Batch.class);
    List<String> problems = new ArrayList<>();
    for (Batch b : Batch.values()) {
      Integer n = counts.get(b);
      if (n != null && n < 0) {
        problems.add(b + ": count must not be negative: " + n);
      }
      map.put(b, n == null ? 0 : n);
    }
    if (!problems.isEmpty()) {
      throw InvalidInputException.of("population counts are invalid", problems);
    }
    return create(Kind.COUNTS, map, null);
  }

  /** A population known by its counts: first, second and third pilot batch, network members. */
  public static Population ofCounts(int first, int second, int third, int network) {
    return ofCounts(Map.of(Batch.FIRST, first, Batch.SECOND, second, Batch.THIRD, third,
        Batch.NETWORK, network));
  }

  /**
   * A population of named alliances.
   *
   * @throws InvalidInputException if a code appears more than once; every such code is listed
   */
  public static Population ofRoster(Collection<Alliance> alliances) {
    requireNonNull(alliances, "alliances");
    List<Alliance> sorted = new ArrayList<>(alliances.size());
    for (Alliance a : alliances) {
      sorted.add(requireNonNull(a, "alliance"));
    }
    sorted.sort(Comparator.comparing(Alliance::code)); // near-linear for input in code order
    boolean duplicated = false;
    int[] counted = new int[Batch.values().length];
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0 && sorted.get(i).code().equals(sorted.get(i - 1).code())) {
        duplicated = true;
      }
      counted[sorted.get(i).batch().ordinal()]++;
    }
    if (duplicated) {
      Map<AllianceCode, List<Integer>> positions = new TreeMap<>();
      int i = 0;
      for (Alliance a : alliances) {
        positions.computeIfAbsent(a.code(), c -> new ArrayList<>()).add(i++);
      }
      List<InvalidInputException.Problem> problems = new ArrayList<>();
      positions.forEach((code, at) -> {
        if (at.size() > 1) {
          problems.add(InvalidInputException.Problem.at(at, "code",
              "alliance " + code + ": on the roster " + at.size() + " times"));
        }
      });
      throw new InvalidInputException("roster is invalid", problems);
    }
    EnumMap<Batch, Integer> counts = new EnumMap<>(Batch.class);
    for (Batch b : Batch.values()) {
      counts.put(b, counted[b.ordinal()]);
    }
    return create(Kind.ROSTER, counts, sorted);
  }

  /** The alliances the evaluation's input names, and no others: the default. */
  public static Population evaluated() {
    return EVALUATED;
  }

  /** Whether this population is to be taken from the input (see {@link #evaluated()}). */
  public boolean isEvaluated() {
    return kind() == Kind.EVALUATED;
  }

  /** Whether the population is a roster of named alliances. */
  public boolean hasRoster() {
    return roster().isPresent();
  }

  /** The alliance with {@code code} on the roster, if there is a roster and it is on it. */
  public Optional<Alliance> alliance(AllianceCode code) {
    requireNonNull(code, "code");
    return hasRoster() ? Optional.ofNullable(byCode().get(code)) : Optional.empty();
  }

  /** Whether the roster holds {@code code}; always false when there is no roster. */
  public boolean contains(AllianceCode code) {
    requireNonNull(code, "code");
    return hasRoster() && byCode().containsKey(code);
  }

  /**
   * The number of alliances of {@code batch}.
   *
   * @throws IllegalStateException for {@link #evaluated()}, whose counts come from the input
   */
  public int count(Batch batch) {
    requireNonNull(batch, "batch");
    checkKnown();
    return counts().get(batch);
  }

  /** The number of alliances of all batches. */
  public int total() {
    checkKnown();
    return counts().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The number of pilot alliances (the first three batches). */
  public int pilots() {
    checkKnown();
    return counts().entrySet().stream().filter(e -> e.getKey().isPilot())
        .mapToInt(Map.Entry::getValue).sum();
  }

  private void checkKnown() {
    if (kind() == Kind.EVALUATED) {
      throw new IllegalStateException(
          "the population is the evaluated alliances, known only once an input is evaluated;"
              + " ask EvaluationResult.population()");
    }
  }

  /** {@code Population{counts FIRST=52, SECOND=39, THIRD=55, NETWORK=11}}. */
  @Override
  public String toString() {
    switch (kind()) {
      case EVALUATED:
        return "Population{the evaluated alliances}";
      case ROSTER:
        return "Population{roster of " + roster().get().size() + ": " + countsText() + "}";
      default:
        return "Population{counts " + countsText() + "}";
    }
  }

  private String countsText() {
    StringBuilder sb = new StringBuilder();
    counts().forEach((b, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(b).append('=').append(n));
    return sb.toString();
  }
}
