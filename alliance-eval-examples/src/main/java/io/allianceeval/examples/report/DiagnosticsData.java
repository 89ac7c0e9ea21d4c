package io.allianceeval.examples.report;

import io.allianceeval.diagnostics.Gaps;
import io.allianceeval.diagnostics.LossAnalysis;
import io.allianceeval.diagnostics.Sensitivity;
import io.allianceeval.diagnostics.Transitions;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Tier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The diagnostics of a report as data, the {@code diagnostics} object of the JSON output. A part
 * the result cannot support is {@code null}: losses and sensitivity need indicator scores,
 * transitions a previous year.
 *
 * @param losses by tier, the mean points lost and the share of alliances with none, per indicator
 * @param gaps for each participant, the points it needs to reach the next tier, and where from
 * @param sensitivity how often each alliance keeps its tier when the points vary
 * @param transitions the tier matrix against the previous year
 */
public record DiagnosticsData(List<TierLosses> losses, List<Gap> gaps, SensitivityData sensitivity,
    TransitionsData transitions) {

  /** One tier's losses. */
  public record TierLosses(String tier, int alliances, List<Loss> indicators) {}

  /** The loss on one indicator. */
  public record Loss(String id, String group, BigDecimal meanLost, BigDecimal zeroShare) {}

  /** One participant's gap to the next tier; {@code next} is null in the top tier. */
  public record Gap(String code, String tier, String next, BigDecimal pointsNeeded,
      List<Source> sources) {}

  /** Points still available on one indicator. */
  public record Source(String id, BigDecimal available) {}

  /** The sensitivity analysis. */
  public record SensitivityData(int runs, long seed, BigDecimal variation,
      List<AllianceSensitivity> alliances, List<Removal> removals) {}

  /** One alliance's stability. */
  public record AllianceSensitivity(String code, String tier, BigDecimal keepsTier, int rankLow,
      int rankHigh) {}

  /** What removing one indicator changes. */
  public record Removal(String id, int tierChanges) {}

  /** The tier transitions from the previous year. */
  public record TransitionsData(int previousYear, int inBoth,
      Map<String, Map<String, Integer>> matrix, List<Move> movedUp, List<Move> movedDown,
      List<String> joined, List<String> left) {}

  /** An alliance that changed tier. */
  public record Move(String code, String from, String to) {}

  static DiagnosticsData of(DiagnosticsFigures d) {
    return new DiagnosticsData(d.losses().map(DiagnosticsData::losses).orElse(null),
        d.gaps().stream().map(DiagnosticsData::gap).toList(),
        d.sensitivity().map(DiagnosticsData::sensitivity).orElse(null),
        d.transitions().map(DiagnosticsData::transitions).orElse(null));
  }

  private static List<TierLosses> losses(LossAnalysis loss) {
    return Arrays.stream(Tier.values()).map(t -> new TierLosses(t.name(),
        loss.alliances(t), loss.losses(t).stream().map(l -> new Loss(l.indicator().id(),
            l.indicator().group().id(), DoubleText.exact(l.meanLost()),
            PercentRounding.single(l.zeroShare()))).toList())).toList();
  }

  private static Gap gap(Gaps.Gap g) {
    return new Gap(g.participant().code().toString(), g.participant().tier().name(),
        g.next().map(Tier::name).orElse(null), g.pointsNeeded().toBigDecimal(),
        g.sources().stream().map(s -> new Source(s.indicator().id(),
            s.available().toBigDecimal())).toList());
  }

  private static SensitivityData sensitivity(Sensitivity s) {
    return new SensitivityData(s.runs(), s.seed(), DoubleText.exact(s.variation() * 100),
        s.alliances().stream().map(a -> new AllianceSensitivity(a.alliance().code().toString(),
            a.tier().name(), a.keepsTier().percent(), a.rankLow(), a.rankHigh())).toList(),
        s.removals().stream().map(r -> new Removal(r.indicator().id(), r.tierChanges()))
            .toList());
  }

  private static TransitionsData transitions(Transitions t) {
    Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
    for (Tier from : Tier.values()) {
      Map<String, Integer> row = new LinkedHashMap<>();
      for (Tier to : Tier.values()) {
        row.put(to.name(), t.count(from, to));
      }
      matrix.put(from.name(), row);
    }
    return new TransitionsData(t.previousYear(), t.inBoth(), matrix, moves(t.movedUp()),
        moves(t.movedDown()), codes(t.joined()), codes(t.left()));
  }

  private static List<Move> moves(List<Transitions.Move> moves) {
    return moves.stream().map(m -> new Move(m.alliance().code().toString(), m.from().name(),
        m.to().name())).toList();
  }

  private static List<String> codes(List<Alliance> alliances) {
    return alliances.stream().map(a -> a.code().toString()).toList();
  }
}
