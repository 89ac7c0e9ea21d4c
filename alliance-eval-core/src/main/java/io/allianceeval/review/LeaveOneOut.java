package io.allianceeval.review;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.TierScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * Leave-one-out robustness: the experts without whom an alliance's tier would change. Each expert
 * who scored the alliance is removed from both rounds in turn; the tier of the mean of the two
 * recomputed round scores is compared with the tier of the mean of the actual ones. An expert
 * without whom a round has no score left, or whose removal moves a score outside the tier scheme,
 * counts as one the tier depends on.
 */
final class LeaveOneOut {

  private LeaveOneOut() {}

  /** The ids of the experts {@code code}'s tier depends on, ordered by id. */
  static List<String> unstable(AllianceCode code, Points round1, Points round2,
      ExpertTotals totals, RoundScorer scorer, TierScheme scheme) {
    Tier base = scheme.tierOf(RoundScorer.meanOfRounds(round1, round2));
    List<String> out = new ArrayList<>();
    for (String id : totals.experts(code)) {
      Points b1 = scorer.score(code, Round.ONE, id);
      Points b2 = scorer.score(code, Round.TWO, id);
      if (b1 == null || b2 == null) {
        out.add(id);
        continue;
      }
      Points mean = RoundScorer.meanOfRounds(b1, b2);
      if (!scheme.accepts(mean) || scheme.tierOf(mean) != base) {
        out.add(id);
      }
    }
    return out;
  }
}
