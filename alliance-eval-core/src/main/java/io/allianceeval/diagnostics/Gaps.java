package io.allianceeval.diagnostics;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorScore;
import io.allianceeval.scoring.TierScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What each alliance needs to reach the next tier: the points (under the tier scheme and its
 * rounding: an alliance at 84 needs 0.5 to reach HIGH under half-up rounding) and, where indicator
 * scores exist, the indicators the points could come from, ordered by how many each could add.
 * Alliances already in the top tier need nothing.
 */
public final class Gaps {

  private Gaps() {}

  /** Where missing points could come from: an indicator and the points still available on it. */
  public record Source(Indicator indicator, Points available) {}

  /** One alliance's gap. Immutable; equal when every part is equal. */
  @Value.Immutable
  public abstract static class Gap {

    Gap() {}

    /** The participant. */
    public abstract Participant participant();

    /** The next better tier, or empty for an alliance in the top tier. */
    public abstract Optional<Tier> next();

    /** The points needed to reach the next tier, exact to the hundredth; 0 in the top tier. */
    public abstract Points pointsNeeded();

    /** Where the points could come from, most first. */
    public abstract List<Source> sources();
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
    Points total = p.total().orElseThrow(() -> new IllegalArgumentException(
        "alliance " + p.code() + " has no total"));
    List<Tier> tiers = scheme.tiers();
    int index = tiers.indexOf(p.tier());
    if (index <= 0) {
      return ImmutableGap.of(p, Optional.empty(), Points.ZERO, List.of());
    }
    Tier next = tiers.get(index - 1);
    Points needed = scheme.lowestTotalFor(next).minus(total).max(Points.ZERO);
    List<Source> sources = new ArrayList<>();
    p.scorecard().ifPresent(card -> {
      for (IndicatorScore s : card.indicatorScores()) {
        if (s.pointsLost().isPositive()) {
          sources.add(new Source(s.indicator(), s.pointsLost()));
        }
      }
    });
    sources.sort(Comparator.comparing(Source::available).reversed()
        .thenComparing(s -> s.indicator().id().length()).thenComparing(s -> s.indicator().id()));
    return ImmutableGap.of(p, Optional.of(next), needed, sources);
  }
}
