package io.allianceeval.diagnostics;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorScore;
import io.allianceeval.scoring.TierScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What each alliance needs to reach the next tier: the points (under the tier scheme and its
 * rounding: an alliance at 84 needs 0.5 to reach HIGH under half-up rounding) and, where indicator
 * scores exist, the indicators the points could come from, ordered by how many each could add.
 * Alliances already in the top tier need nothing.
 */
public final class Gaps {

  private Gaps() {}

  /** Where missing points could come from: an indicator and the points still available on it. */
  public record Source(Indicator indicator, double available) {}

  /** One alliance's gap. */
  public record Gap(Participant participant, Optional<Tier> next, double pointsNeeded,
      List<Source> sources) {
    /** Creates the gap; the sources are copied. */
    public Gap {
      sources = List.copyOf(sources);
    }
  }

  /**
   * The gap of every participant with a total, in result order.
   *
   * @throws NullPointerException if {@code result} is null
   */
  public static List<Gap> of(EvaluationResult result) {
    requireNonNull(result, "result");
    TierScheme scheme = result.tierScheme();
    List<Gap> gaps = new ArrayList<>();
    for (Participant p : result.participants()) {
      if (p.total().isEmpty()) {
        continue;
      }
      gaps.add(gap(p, scheme));
    }
    return List.copyOf(gaps);
  }

  /** The gap of one participant with a total. */
  public static Gap gap(Participant p, TierScheme scheme) {
    requireNonNull(p, "participant");
    requireNonNull(scheme, "scheme");
    double total = p.total().orElseThrow(() -> new IllegalArgumentException(
        "alliance " + p.code() + " has no total"));
    List<Tier> tiers = scheme.tiers();
    int index = tiers.indexOf(p.tier());
    if (index <= 0) {
      return new Gap(p, Optional.empty(), 0, List.of());
    }
    Tier next = tiers.get(index - 1);
    // to the scheme's resolution, rounded up so that adding it always reaches the next tier
    double needed = java.math.BigDecimal.valueOf(Math.max(0, scheme.lowestTotalFor(next) - total))
        .setScale(9, java.math.RoundingMode.UP).doubleValue();
    List<Source> sources = new ArrayList<>();
    p.scorecard().ifPresent(card -> {
      for (IndicatorScore s : card.indicatorScores()) {
        if (s.pointsLost() > 0) {
          sources.add(new Source(s.indicator(), s.pointsLost()));
        }
      }
    });
    sources.sort(Comparator.comparingDouble(Source::available).reversed()
        .thenComparing(s -> s.indicator().id().length()).thenComparing(s -> s.indicator().id()));
    return new Gap(p, Optional.of(next), needed, sources);
  }
}
