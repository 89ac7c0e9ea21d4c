package io.allianceeval.review;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The evaluation panel (评价专家组): experts in named groups. Each expert belongs to exactly one
 * group; there are at least two groups, since an alliance is re-scored by another group.
 * Immutable; equal when the groups and their experts are equal.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Panel {

  Panel() {}

  /** The groups by name, in name order, each with its experts ordered by id. */
  abstract Map<String, List<Expert>> groups();

  /** Every expert by id, in id order. */
  @Value.Auxiliary
  @Value.Derived
  SortedMap<String, Expert> expertsById() {
    SortedMap<String, Expert> byId = new TreeMap<>();
    groups().values().forEach(list -> list.forEach(e -> byId.put(e.id(), e)));
    return Collections.unmodifiableSortedMap(byId);
  }

  /** The group of every expert, by id. */
  @Value.Auxiliary
  @Value.Derived
  Map<String, String> groupOf() {
    Map<String, String> of = new HashMap<>();
    groups().forEach((g, list) -> list.forEach(e -> of.put(e.id(), g)));
    return Map.copyOf(of);
  }

  /**
   * A panel of {@code groups} (group name → its experts).
   *
   * @throws InvalidInputException listing every problem: fewer than two groups, an empty group, an
   *     expert id used twice
   */
  public static Panel of(Map<String, ? extends List<Expert>> groups) {
    requireNonNull(groups, "groups");
    List<String> problems = new ArrayList<>();
    if (groups.size() < 2) {
      problems.add("a panel needs at least two groups, for cross-group re-scoring; found "
          + groups.size());
    }
    SortedMap<String, List<Expert>> copy = new TreeMap<>();
    Map<String, String> seen = new TreeMap<>();
    new TreeMap<>(groups).forEach((g, list) -> {
      requireNonNull(g, "group");
      if (g.isBlank()) {
        problems.add("group names must not be blank");
      }
      if (list.isEmpty()) {
        problems.add("group " + g + ": has no experts");
      }
      List<Expert> sorted = new ArrayList<>(list);
      Collections.sort(sorted);
      for (Expert e : sorted) {
        String other = seen.put(e.id(), g);
        if (other != null) {
          problems.add("expert " + e.id() + ": in group " + other + " and in group " + g
              + "; an expert belongs to one group");
        }
      }
      copy.put(g, List.copyOf(sorted));
    });
    if (!problems.isEmpty()) {
      throw InvalidInputException.of("panel is invalid", problems);
    }
    return ImmutablePanel.of(copy);
  }

  /** The group names, ordered. */
  public List<String> groupNames() {
    return List.copyOf(groups().keySet());
  }

  /** The experts of {@code group}, ordered by id; empty for an unknown group. */
  public List<Expert> group(String group) {
    return groups().getOrDefault(requireNonNull(group, "group"), List.of());
  }

  /** Whether the panel has {@code group}. */
  public boolean hasGroup(String group) {
    return groups().containsKey(requireNonNull(group, "group"));
  }

  /** Every expert, ordered by id. */
  public List<Expert> experts() {
    return List.copyOf(expertsById().values());
  }

  /** The expert with {@code id}, if any. */
  public Optional<Expert> expert(String id) {
    return Optional.ofNullable(expertsById().get(requireNonNull(id, "id")));
  }

  /** The group of the expert with {@code id}, if any. */
  public Optional<String> groupOf(String expertId) {
    return Optional.ofNullable(groupOf().get(requireNonNull(expertId, "expertId")));
  }

  /** The experts of {@code group} who may score {@code code}: those not affiliated with it. */
  public List<Expert> eligible(String group, AllianceCode code) {
    requireNonNull(code, "code");
    return group(group).stream().filter(e -> !e.isAffiliatedWith(code)).toList();
  }

  /** {@code Panel{A: E01, E02; B: E03, E04}}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Panel{");
    groups().forEach((g, list) -> sb.append(sb.length() > 6 ? "; " : "").append(g).append(": ")
        .append(String.join(", ", list.stream().map(Expert::id).toList())));
    return sb.append('}').toString();
  }
}
