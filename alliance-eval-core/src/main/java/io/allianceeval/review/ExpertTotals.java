package io.allianceeval.review;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The expert totals of a review, by round, alliance and expert, before any severity correction:
 * what the checked entries add up to. Filled once by {@link EntryCheck}, then only read.
 */
final class ExpertTotals {

  /** The key of one expert's total for one alliance in one round. */
  record Key(Round round, String expertId, AllianceCode code) {}

  private final Map<Round, SortedMap<AllianceCode, SortedMap<String, Points>>> totals =
      new EnumMap<>(Round.class);

  ExpertTotals(Set<AllianceCode> alliances) {
    for (Round r : Round.values()) {
      SortedMap<AllianceCode, SortedMap<String, Points>> byCode = new TreeMap<>();
      alliances.forEach(c -> byCode.put(c, new TreeMap<>()));
      totals.put(r, byCode);
    }
  }

  void put(Key key, Points total) {
    totals.get(key.round()).get(key.code()).put(key.expertId(), total);
  }

  /** The totals of {@code code} in {@code round}, by expert id; unmodifiable. */
  SortedMap<String, Points> of(Round round, AllianceCode code) {
    return Collections.unmodifiableSortedMap(totals.get(round).get(code));
  }

  /** Every expert who scored {@code code} in either round, ordered by id. */
  Set<String> experts(AllianceCode code) {
    Set<String> ids = new TreeSet<>();
    for (Round r : Round.values()) {
      ids.addAll(totals.get(r).get(code).keySet());
    }
    return ids;
  }
}
