package io.allianceeval.review;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rater severity: how much harsher or more lenient each expert scores than the others who scored
 * the same alliances. An expert's severity is the mean, over every total the expert gave, of that
 * total minus the mean total of the other experts who scored the same alliance (in either round),
 * rounded half-up to 0.01. Negative for a harsh expert; absent for one who shared no alliance with
 * another.
 */
final class Severity {

  private final SortedMap<String, Points> byExpert;

  private Severity(SortedMap<String, Points> byExpert) {
    this.byExpert = byExpert;
  }

  static Severity of(Panel panel, Iterable<AllianceCode> alliances, ExpertTotals totals) {
    Map<String, BigDecimal[]> sums = new HashMap<>(); // id -> {sum of deviations, count}
    for (AllianceCode code : alliances) {
      Map<String, List<Points>> given = new TreeMap<>();
      for (Round r : Round.values()) {
        totals.of(r, code).forEach((id, t) -> given.computeIfAbsent(id, k -> new ArrayList<>())
            .add(t));
      }
      for (Map.Entry<String, List<Points>> e : given.entrySet()) {
        BigDecimal othersSum = BigDecimal.ZERO;
        int othersCount = 0;
        for (Map.Entry<String, List<Points>> o : given.entrySet()) {
          if (!o.getKey().equals(e.getKey())) {
            for (Points t : o.getValue()) {
              othersSum = othersSum.add(t.toBigDecimal());
              othersCount++;
            }
          }
        }
        if (othersCount == 0) {
          continue;
        }
        BigDecimal consensus = othersSum.divide(BigDecimal.valueOf(othersCount),
            MathContext.DECIMAL128);
        BigDecimal[] acc = sums.computeIfAbsent(e.getKey(),
            k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        for (Points t : e.getValue()) {
          acc[0] = acc[0].add(t.toBigDecimal().subtract(consensus));
          acc[1] = acc[1].add(BigDecimal.ONE);
        }
      }
    }
    SortedMap<String, Points> out = new TreeMap<>();
    for (Expert e : panel.experts()) {
      BigDecimal[] acc = sums.get(e.id());
      if (acc != null) {
        out.put(e.id(), Points.roundHalfUp(acc[0].divide(acc[1], MathContext.DECIMAL128)));
      }
    }
    return new Severity(out);
  }

  /** The severity of {@code expertId}, or null if it has none. */
  Points of(String expertId) {
    return byExpert.get(expertId);
  }

  /** Every expert of {@code panel} with a severity or empty, ordered by id. */
  SortedMap<String, Optional<Points>> asMap(Panel panel) {
    SortedMap<String, Optional<Points>> out = new TreeMap<>();
    for (Expert e : panel.experts()) {
      out.put(e.id(), Optional.ofNullable(byExpert.get(e.id())));
    }
    return Collections.unmodifiableSortedMap(out);
  }
}
