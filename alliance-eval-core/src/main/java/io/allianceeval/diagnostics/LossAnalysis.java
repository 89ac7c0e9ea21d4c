package io.allianceeval.diagnostics;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Indicator;
import io.allianceeval.scoring.IndicatorGroup;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Scorecard;
import io.allianceeval.statistics.Share;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where points are lost: for each tier (and for all participants), each indicator's mean points lost
 * — maximum minus scored — ranked from the largest loss, with the share of alliances that scored
 * zero on it. "Average-tier alliances fall short on self-initiated projects, commissioned projects
 * and standards" is the top of {@code losses(Tier.AVERAGE)}.
 *
 * <p>Needs indicator scores: a result scored from activity records. Immutable.
 */
public final class LossAnalysis {

  /**
   * One indicator's losses within a set of alliances.
   *
   * @param meanLost the mean of the points lost: a statistic for the report, not points, so a
   *     double (0 for no alliances)
   */
  public record IndicatorLoss(Indicator indicator, int alliances, double meanLost, Share zeroShare) {}

  private final IndicatorSystem system;
  private final Map<Tier, List<IndicatorLoss>> byTier = new EnumMap<>(Tier.class);
  private final List<IndicatorLoss> all;
  private final Map<Tier, Integer> counts = new EnumMap<>(Tier.class);

  private LossAnalysis(EvaluationResult result) {
    if (!result.scoredFromRecords()) {
      throw new IllegalArgumentException("loss analysis needs indicator scores: the "
          + result.year() + " result was not scored from activity records");
    }
    this.system = result.indicatorSystem();
    for (Tier t : Tier.values()) {
      List<Scorecard> cards = result.participants(t).stream()
          .map(p -> p.scorecard().orElseThrow()).toList();
      counts.put(t, cards.size());
      byTier.put(t, losses(cards));
    }
    this.all = losses(result.participants().stream().map(Participant::scorecard)
        .map(Optional::orElseThrow).toList());
  }

  /**
   * The loss analysis of {@code result}.
   *
   * @throws IllegalArgumentException if the result has no indicator scores
   */
  public static LossAnalysis of(EvaluationResult result) {
    return new LossAnalysis(requireNonNull(result, "result"));
  }

  private List<IndicatorLoss> losses(List<Scorecard> cards) {
    List<IndicatorLoss> out = new ArrayList<>();
    for (Indicator ind : system.indicators()) {
      double lost = 0;
      int zero = 0;
      for (Scorecard c : cards) {
        Points p = c.points(ind.id());
        lost += ind.maxPoints().minus(p).toDouble();
        if (p.isZero()) {
          zero++;
        }
      }
      out.add(new IndicatorLoss(ind, cards.size(), cards.isEmpty() ? 0 : lost / cards.size(),
          Share.of(zero, cards.size())));
    }
    out.sort(Comparator.comparingDouble(IndicatorLoss::meanLost).reversed()
        .thenComparing(l -> system.indicators().indexOf(l.indicator())));
    return List.copyOf(out);
  }

  /** The indicator system. */
  public IndicatorSystem system() {
    return system;
  }

  /** The number of participants of {@code tier}. */
  public int alliances(Tier tier) {
    return counts.get(requireNonNull(tier, "tier"));
  }

  /** Every indicator's losses among the participants of {@code tier}, largest mean loss first. */
  public List<IndicatorLoss> losses(Tier tier) {
    return byTier.get(requireNonNull(tier, "tier"));
  }

  /** The same, restricted to the indicators of {@code group}. */
  public List<IndicatorLoss> losses(Tier tier, IndicatorGroup group) {
    requireNonNull(group, "group");
    return losses(tier).stream().filter(l -> l.indicator().group().equals(group)).toList();
  }

  /** Every indicator's losses among all participants, largest mean loss first. */
  public List<IndicatorLoss> losses() {
    return all;
  }
}
