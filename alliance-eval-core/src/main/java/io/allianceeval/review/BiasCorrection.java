package io.allianceeval.review;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the severity correction subtracts from each expert's totals: the expert's least-squares
 * bias ({@link ExpertBias}), rounded half-up to 0.01 so that corrected totals stay exact; nothing
 * for an expert without an estimate.
 */
final class BiasCorrection {

  private final Map<String, Points> byExpert;

  private BiasCorrection(Map<String, Points> byExpert) {
    this.byExpert = byExpert;
  }

  /** The biases of {@code totals}' marks, with flags outside {@code corridor}. */
  static ExpertBias estimate(ExpertTotals totals, Iterable<AllianceCode> alliances,
      ExpertBias.Corridor corridor) {
    List<ExpertBias.Mark> marks = new java.util.ArrayList<>();
    for (AllianceCode code : alliances) {
      for (Round r : Round.values()) {
        totals.of(r, code).forEach((id, t) -> marks.add(new ExpertBias.Mark(id, code, r, t)));
      }
    }
    return ExpertBias.estimate(marks, corridor);
  }

  static BiasCorrection of(ExpertBias bias) {
    Map<String, Points> map = new HashMap<>();
    bias.estimates().forEach((id, e) -> e.ifPresent(x -> map.put(id, x.rounded())));
    return new BiasCorrection(map);
  }

  /** The bias subtracted from {@code expertId}'s totals, if any. */
  Optional<Points> of(String expertId) {
    return Optional.ofNullable(byExpert.get(expertId));
  }

  /** {@code total} minus {@code expertId}'s bias. */
  Points correct(String expertId, Points total) {
    Points b = byExpert.get(expertId);
    return b == null ? total : total.minus(b);
  }
}
