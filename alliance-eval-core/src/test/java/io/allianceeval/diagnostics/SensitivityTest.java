package io.allianceeval.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Points;
import io.allianceeval.scoring.Standard2019;
import io.allianceeval.testing.Records;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Sensitivity}: tiers and ranks under varied weights. */
class SensitivityTest {

  static final Alliance A = Alliance.of("105", "TD");
  static final Alliance B = Alliance.of("110", "半导体照明");
  static final Alliance C = Alliance.of("212", "电动汽车");

  @Test
  void borderlineAlliance_losesItsTierInSomeRuns_andRanksSwap() {
    // B: loses 2.3 (5 points) and 3.1 (7 points) -> 88 HIGH, 3.5 points above the boundary.
    // C: loses 1.1 (5) and 3.5 (4: one report) and 2.7 (2: one exchange) -> 89 HIGH.
    EvaluationResult r = Evaluation.forYear(2019).score(List.of(
        Records.top(A),
        Records.top(B, Standard2019.COMMISSIONED_PROJECTS, 0, Standard2019.INNOVATION_CHAIN_ACTIONS, 0),
        Records.top(C, Standard2019.COUNCIL_MEETINGS, 0, Standard2019.MEDIA_REPORTS, 1,
            Standard2019.ACADEMIC_EXCHANGES, 1)));
    assertEquals(Points.of(88), r.participant(B.code()).get().total().get());
    assertEquals(Points.of(89), r.participant(C.code()).get().total().get());
    Sensitivity s = Sensitivity.of(r, 400, 11, 0.5);
    assertEquals(400, s.runs());
    assertEquals(11, s.seed());
    assertEquals(0.5, s.variation());
    Sensitivity.AllianceSensitivity a = s.alliances().get(0);
    assertEquals(A, a.alliance());
    assertEquals(400, a.keepsTier().part(), "full marks stay full marks");
    assertEquals(1, a.rankLow());
    assertEquals(1, a.rankHigh());
    Sensitivity.AllianceSensitivity b = s.alliances().stream()
        .filter(x -> x.alliance().equals(B)).findFirst().orElseThrow();
    assertTrue(b.keepsTier().part() > 0 && b.keepsTier().part() < 400, b.toString());
    Sensitivity.AllianceSensitivity c = s.alliances().stream()
        .filter(x -> x.alliance().equals(C)).findFirst().orElseThrow();
    // B and C are close: each is second in some runs and third in others
    assertEquals(2, b.rankLow());
    assertEquals(3, b.rankHigh());
    assertEquals(2, c.rankLow());
    assertEquals(3, c.rankHigh());
    // with no variation the ranks are fixed: C (89) second, B (88) third
    Sensitivity fixed = Sensitivity.of(r, 5, 11, 0);
    assertEquals(List.of(1, 2, 3), fixed.alliances().stream().map(x -> x.rankLow()).toList());
    assertEquals(List.of(1, 2, 3), fixed.alliances().stream().map(x -> x.rankHigh()).toList());
    // removing 3.1 (7 points), which B lacks: B 88 of 93 -> 94.6; still HIGH, no change
    assertEquals(0, fixed.removals().get(15).tierChanges());
  }

  @Test
  void oneRun_hasItsOwnRankAsBothPercentiles() {
    EvaluationResult r = Evaluation.forYear(2019).score(List.of(Records.top(A),
        Records.top(B, Standard2019.STANDARDS, 0)));
    Sensitivity s = Sensitivity.of(r, 1, 3, 0.1);
    assertEquals(2, s.alliances().get(1).rankLow());
    assertEquals(2, s.alliances().get(1).rankHigh());
  }

  @Test
  void removalsAlone_areTheRemovalsOfTheFullAnalysis() {
    EvaluationResult r = Evaluation.forYear(2019).score(List.of(
        Records.top(A),
        Records.top(B, Standard2019.COMMISSIONED_PROJECTS, 0, Standard2019.INNOVATION_CHAIN_ACTIONS,
            0),
        Records.top(C, Standard2019.COUNCIL_MEETINGS, 0)));
    assertEquals(Sensitivity.of(r, 50, 3, 0.3).removals(), Sensitivity.removals(r));
    assertEquals(20, Sensitivity.removals(r).size());
  }
}
