package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.InvalidInputException.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * Which group scores which alliance in each round: a group for group initial scoring and a
 * different group for cross-group re-scoring. Within a group, experts affiliated with the alliance
 * do not score it (they recuse); {@link #experts} gives those who do.
 *
 * <p>{@link #plan} makes an assignment that balances the load across groups and leaves every
 * alliance at least a given number of eligible experts in each of its two groups; it is
 * deterministic for a seed. Immutable; equal when panel and groups are equal.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Assignment {

  /** The two groups of one alliance. */
  public record Groups(String round1, String round2) {
    /** Creates the pair; the groups must differ. */
    public Groups {
      requireNonNull(round1, "round1");
      requireNonNull(round2, "round2");
      if (round1.equals(round2)) {
        throw new IllegalArgumentException("round 2 needs another group than round 1: " + round1);
      }
    }

    /** The group of {@code round}. */
    public String of(Round round) {
      return round == Round.ONE ? round1 : round2;
    }
  }

  Assignment() {}

  private static Assignment create(Panel panel, SortedMap<AllianceCode, Groups> groups) {
    return ImmutableAssignment.of(panel, groups);
  }

  /**
   * An assignment given group by group.
   *
   * @throws InvalidInputException listing every alliance whose group is not on the panel or
   *     whose group has no expert left to score it
   */
  public static Assignment of(Panel panel, Map<? extends AllianceCode, ? extends Groups> groups) {
    requireNonNull(panel, "panel");
    requireNonNull(groups, "groups");
    List<String> problems = new ArrayList<>();
    SortedMap<AllianceCode, Groups> copy = new TreeMap<>(groups);
    copy.forEach((code, g) -> {
      for (Round r : Round.values()) {
        String group = g.of(r);
        if (!panel.hasGroup(group)) {
          problems.add("alliance " + code + ", round " + r.number() + ": no group '" + group
              + "' on the panel; it has " + panel.groupNames());
        } else if (panel.eligible(group, code).isEmpty()) {
          problems.add("alliance " + code + ", round " + r.number() + ": every expert of group "
              + group + " is affiliated with it");
        }
      }
    });
    if (!problems.isEmpty()) {
      throw InvalidInputException.of("assignment is invalid", problems);
    }
    return create(panel, copy);
  }


  /**
   * The assignment implied by who scored what: for each alliance and round, the group of most of
   * the (non-affiliated) experts who scored it. Entries from another group are reported — and
   * added to {@code reported} so that they are not reported twice; a tie is reported for all.
   * Entries by unknown or affiliated experts are left to the entry check, which reports them.
   */
  static Assignment inferFrom(Panel panel, List<Alliance> alliances, List<ScoreEntry> entries,
      List<Problem> problems, Set<Integer> reported) {
    Map<AllianceCode, Map<Round, Map<String, List<Integer>>>> seen = new TreeMap<>();
    Map<AllianceCode, Map<Round, Map<String, Set<String>>>> experts = new TreeMap<>();
    for (int i = 0; i < entries.size(); i++) {
      ScoreEntry e = entries.get(i);
      Optional<Expert> expert = panel.expert(e.expertId());
      if (expert.isEmpty() || expert.get().isAffiliatedWith(e.code())) {
        continue;
      }
      String group = panel.groupOf(e.expertId()).get();
      seen.computeIfAbsent(e.code(), c -> new EnumMap<>(Round.class))
          .computeIfAbsent(e.round(), r -> new TreeMap<>())
          .computeIfAbsent(group, g -> new ArrayList<>()).add(i);
      experts.computeIfAbsent(e.code(), c -> new EnumMap<>(Round.class))
          .computeIfAbsent(e.round(), r -> new TreeMap<>())
          .computeIfAbsent(group, g -> new TreeSet<>()).add(e.expertId());
    }
    Map<AllianceCode, Groups> groups = new TreeMap<>();
    seen.forEach((code, rounds) -> {
      String[] chosen = new String[2];
      boolean ok = true;
      for (Round r : Round.values()) {
        Map<String, List<Integer>> g = rounds.getOrDefault(r, Map.of());
        if (g.isEmpty()) {
          problems.add(Problem.of("alliance " + code + ", round " + r.number() + ": no scores"));
          ok = false;
          continue;
        }
        Map<String, Set<String>> byGroup = experts.get(code).get(r);
        int most = byGroup.values().stream().mapToInt(Set::size).max().getAsInt();
        List<String> leaders = byGroup.entrySet().stream()
            .filter(x -> x.getValue().size() == most).map(Map.Entry::getKey).toList();
        if (leaders.size() > 1) {
          List<Integer> at = new ArrayList<>();
          g.values().forEach(at::addAll);
          Collections.sort(at);
          problems.add(Problem.at(at, "expert", "alliance " + code + ", round " + r.number()
              + ": scored by groups " + String.join(" and ", g.keySet())
              + " equally; one group scores an alliance in a round"));
          reported.addAll(at);
          ok = false;
          continue;
        }
        chosen[r.ordinal()] = leaders.get(0);
        g.forEach((group, at) -> {
          if (!group.equals(leaders.get(0))) {
            for (int i : at) {
              Expert x = panel.expert(entries.get(i).expertId()).get();
              problems.add(Problem.at(List.of(i), "expert", "round " + r.number() + ": expert "
                  + x.id() + " " + x.name() + " of group " + group + " scored alliance " + code
                  + ", which group " + leaders.get(0) + " scores in this round"));
              reported.add(i);
            }
          }
        });
      }
      if (ok && chosen[0].equals(chosen[1])) {
        List<Integer> at = new ArrayList<>(rounds.get(Round.TWO).get(chosen[1]));
        problems.add(Problem.at(at, "expert", "alliance " + code + ": round 2 is scored by "
            + "group " + chosen[1] + ", the group of round 1; re-scoring is by another group"));
        reported.addAll(at);
        ok = false;
      }
      if (ok) {
        groups.put(code, new Groups(chosen[0], chosen[1]));
      }
    });
    for (Alliance a : alliances) {
      if (!seen.containsKey(a.code())) {
        problems.add(Problem.of("alliance " + a + ": no scores in either round"));
      }
    }
    return create(panel, new TreeMap<>(groups));
  }

  /**
   * Plans an assignment: each alliance gets a group for round 1 and a different one for round 2,
   * each with at least {@code minExperts} experts not affiliated with it; every round's load is
   * spread across groups as evenly as the constraints allow. The most constrained alliances are
   * placed first; ties are broken by a random order drawn from {@code seed}, so the same inputs
   * and seed always give the same plan.
   *
   * @throws InvalidInputException listing every alliance that has fewer than two eligible groups
   *     (nothing is half-planned)
   */
  public static Assignment plan(Panel panel, Collection<AllianceCode> alliances, long seed,
      int minExperts) {
    requireNonNull(panel, "panel");
    requireNonNull(alliances, "alliances");
    if (minExperts < 1) {
      throw new IllegalArgumentException("minExperts must be at least 1: " + minExperts);
    }
    List<AllianceCode> codes = new ArrayList<>(new TreeSet<>(alliances));
    Random random = new Random(seed);
    Collections.shuffle(codes, random);
    Map<AllianceCode, List<String>> eligible = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (AllianceCode c : new TreeSet<>(codes)) {
      List<String> ok = new ArrayList<>();
      for (String g : panel.groupNames()) {
        if (panel.eligible(g, c).size() >= minExperts) {
          ok.add(g);
        }
      }
      if (ok.size() < 2) {
        problems.add("alliance " + c + ": needs two groups with at least " + minExperts
            + " expert(s) not affiliated with it; only " + ok + " qualify");
      }
      eligible.put(c, ok);
    }
    if (!problems.isEmpty()) {
      throw InvalidInputException.of("no assignment is possible", problems);
    }
    Map<AllianceCode, Integer> tieOrder = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      tieOrder.put(codes.get(i), i);
    }
    codes.sort(Comparator.comparingInt((AllianceCode c) -> eligible.get(c).size())
        .thenComparing(tieOrder::get));
    List<String> groupOrder = new ArrayList<>(panel.groupNames());
    Collections.shuffle(groupOrder, random);
    Map<String, Integer> load1 = new HashMap<>();
    Map<String, Integer> load2 = new HashMap<>();
    SortedMap<AllianceCode, Groups> plan = new TreeMap<>();
    for (AllianceCode c : codes) {
      List<String> ok = eligible.get(c);
      String g1 = leastLoaded(ok, groupOrder, load1, null);
      String g2 = leastLoaded(ok, groupOrder, load2, g1);
      load1.merge(g1, 1, Integer::sum);
      load2.merge(g2, 1, Integer::sum);
      plan.put(c, new Groups(g1, g2));
    }
    return create(panel, plan);
  }

  private static String leastLoaded(List<String> candidates, List<String> order,
      Map<String, Integer> load, String except) {
    String best = null;
    for (String g : order) {
      if (!candidates.contains(g) || g.equals(except)) {
        continue;
      }
      if (best == null || load.getOrDefault(g, 0) < load.getOrDefault(best, 0)) {
        best = g;
      }
    }
    return best;
  }

  /** The panel. */
  public abstract Panel panel();

  /** Every alliance with its two groups, ordered by code. */
  @Value.NaturalOrder
  public abstract SortedMap<AllianceCode, Groups> groups();

  /** The groups of {@code code}, if assigned. */
  public Optional<Groups> groups(AllianceCode code) {
    return Optional.ofNullable(groups().get(requireNonNull(code, "code")));
  }

  /** The experts who score {@code code} in {@code round}: its group's members not affiliated with it. */
  public List<Expert> experts(AllianceCode code, Round round) {
    requireNonNull(round, "round");
    return groups(code).map(g -> panel().eligible(g.of(round), code)).orElse(List.of());
  }

  /** Whether {@code expert} scores {@code code} in {@code round}. */
  public boolean isAssigned(Expert expert, AllianceCode code, Round round) {
    requireNonNull(expert, "expert");
    return experts(code, round).contains(expert);
  }

  /** The number of alliances each group scores in {@code round}. */
  public Map<String, Integer> load(Round round) {
    requireNonNull(round, "round");
    Map<String, Integer> load = new TreeMap<>();
    panel().groupNames().forEach(g -> load.put(g, 0));
    groups().values().forEach(g -> load.merge(g.of(round), 1, Integer::sum));
    return Collections.unmodifiableMap(load);
  }

  /** {@code Assignment{105: A/B, 110: B/C}}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Assignment{");
    groups().forEach((c, g) -> sb.append(sb.length() > 11 ? ", " : "").append(c).append(": ")
        .append(g.round1()).append('/').append(g.round2()));
    return sb.append('}').toString();
  }
}
