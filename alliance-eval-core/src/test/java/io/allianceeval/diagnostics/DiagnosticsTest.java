package io.allianceeval.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Standard2019;
import io.allianceeval.statistics.Share;
import io.allianceeval.testing.Records;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

  static final Alliance A = Alliance.of("105", "TD");
  static final Alliance B = Alliance.of("110", "半导体照明");
  static final Alliance C = Alliance.of("212", "电动汽车");

  // A: 100. B: loses 2.3 (5) and 2.5 (3) -> 92 HIGH.
  // C: loses 2.3 (5), 2.1 (4: one project -> 2 of 6), 3.5 (4: one report -> 1 of 5),
  //    3.2 (3) -> 84 FAIRLY_HIGH
  static EvaluationResult result() {
    return Evaluation.forYear(2019).score(List.of(
        Records.top(A),
        Records.top(B, Standard2019.COMMISSIONED_PROJECTS, 0, Standard2019.STANDARDS, 1),
        Records.top(C, Standard2019.COMMISSIONED_PROJECTS, 0, Standard2019.SELF_INITIATED_PROJECTS, 1,
            Standard2019.MEDIA_REPORTS, 1, Standard2019.CORE_TECHNOLOGIES, 1)));
  }

  @Test
  void lossAnalysis_perTier_ranked_withZeroShares() {
    EvaluationResult r = result();
    assertEquals(Points.of(84), r.participant(C.code()).get().total().get());
    LossAnalysis loss = LossAnalysis.of(r);
    assertEquals(2, loss.alliances(Tier.HIGH));
    LossAnalysis.IndicatorLoss first = loss.losses(Tier.HIGH).get(0);
    assertEquals("2.3", first.indicator().id());
    assertEquals(2.5, first.meanLost());               // (0 + 5) / 2
    assertEquals(Share.of(1, 2), first.zeroShare());
    assertEquals("2.5", loss.losses(Tier.HIGH).get(1).indicator().id());
    assertEquals(1.5, loss.losses(Tier.HIGH).get(1).meanLost());
    assertEquals(Share.of(0, 2), loss.losses(Tier.HIGH).get(1).zeroShare());
    List<String> fh = loss.losses(Tier.FAIRLY_HIGH).stream().limit(4)
        .map(l -> l.indicator().id()).toList();
    assertEquals(List.of("2.3", "2.1", "3.5", "3.2"), fh);
    var group3 = IndicatorSystem.standard2019().groups().get(2);
    assertEquals(List.of("3.5", "3.2"), loss.losses(Tier.FAIRLY_HIGH, group3).stream().limit(2)
        .map(l -> l.indicator().id()).toList());
    assertEquals(0, loss.alliances(Tier.INACTIVE));
    assertEquals(0, loss.losses(Tier.INACTIVE).get(0).meanLost());
    assertEquals(20, loss.losses().size());
  }

  @Test
  void lossAnalysis_needsIndicatorScores() {
    EvaluationResult published = Evaluation.forYear(2019).fromPublished(List.of(
        PublishedResult.scored(A, 90)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LossAnalysis.of(published));
    assertTrue(e.getMessage().contains("needs indicator scores"));
  }

  @Test
  void gap_toTheNextTier_withRounding_andSources() {
    List<Gaps.Gap> gaps = Gaps.of(result());
    Gaps.Gap c = gaps.stream().filter(g -> g.participant().code().equals(C.code())).findFirst()
        .orElseThrow();
    assertEquals(Optional.of(Tier.HIGH), c.next());
    assertEquals(Points.parse("0.5"), c.pointsNeeded());               // 84 -> 84.5 rounds to 85
    assertEquals(List.of("2.3", "2.1", "3.5", "3.2"), c.sources().stream()
        .map(s -> s.indicator().id()).toList());
    assertEquals(Points.of(5), c.sources().get(0).available());
    Gaps.Gap a = gaps.get(0);
    assertEquals(Optional.empty(), a.next());
    assertEquals(Points.ZERO, a.pointsNeeded());
    assertEquals(List.of(), a.sources());
    EvaluationResult published = Evaluation.forYear(2019).fromPublished(List.of(
        PublishedResult.scored(A, 69), PublishedResult.scored(B, Points.parse("40.2")),
        PublishedResult.tierOnly(C, Tier.INACTIVE)));
    List<Gaps.Gap> p = Gaps.of(published);
    assertEquals(2, p.size(), "tier-only rows have no gap");
    assertEquals(Points.parse("0.5"), p.get(0).pointsNeeded());
    assertEquals(Points.parse("9.3"), p.get(1).pointsNeeded());
    assertEquals(List.of(), p.get(0).sources());
  }

  @Test
  void sensitivity_isDeterministicForASeed_andRemovalCountsTierChanges() {
    EvaluationResult r = result();
    Sensitivity s1 = Sensitivity.of(r, 200, 7, 0.2);
    Sensitivity s2 = Sensitivity.of(r, 200, 7, 0.2);
    assertEquals(s1.alliances(), s2.alliances());
    assertEquals(s1.removals(), s2.removals());
    // A has every point: it keeps 100 and rank 1 whatever the weights
    assertEquals(Share.of(200, 200), s1.alliances().get(0).keepsTier());
    assertEquals(1, s1.alliances().get(0).rankLow());
    assertEquals(1, s1.alliances().get(0).rankHigh());
    // removing 2.3 (5 points), which C lacks: C totals 84 of 95 -> 88.4 of 100 -> HIGH
    Sensitivity.Removal r23 = s1.removals().stream()
        .filter(x -> x.indicator().id().equals("2.3")).findFirst().orElseThrow();
    assertEquals(1, r23.tierChanges());
    // removing 1.1, which everybody has: C 79 of 95 -> 83.2 -> still FAIRLY_HIGH
    assertEquals(0, s1.removals().get(0).tierChanges());
    assertThrows(IllegalArgumentException.class, () -> Sensitivity.of(r, 0, 1, 0.2));
    assertThrows(IllegalArgumentException.class, () -> Sensitivity.of(r, 10, 1, 1.0));
  }

  @Test
  void transitions_matrix_moves_joinedAndLeft() {
    EvaluationResult y2018 = Evaluation.forYear(2018).fromPublished(List.of(
        PublishedResult.scored(A, 90), PublishedResult.scored(B, 75),
        PublishedResult.scored(Alliance.of("D101", "食醋"), 60)));
    EvaluationResult y2019 = Evaluation.forYear(2019).fromPublished(List.of(
        PublishedResult.scored(A, 80), PublishedResult.scored(B, 88),
        PublishedResult.scored(C, 50)));
    Transitions t = Transitions.between(y2018, y2019);
    assertEquals(2, t.inBoth());
    assertEquals(1, t.count(Tier.HIGH, Tier.FAIRLY_HIGH));
    assertEquals(1, t.count(Tier.FAIRLY_HIGH, Tier.HIGH));
    assertEquals(1, t.count(Tier.FAIRLY_HIGH, Tier.HIGH, Batch.FIRST));
    assertEquals(0, t.count(Tier.FAIRLY_HIGH, Tier.HIGH, Batch.SECOND));
    assertEquals(List.of(new Transitions.Move(B, Tier.FAIRLY_HIGH, Tier.HIGH)), t.movedUp());
    assertEquals(List.of(new Transitions.Move(A, Tier.HIGH, Tier.FAIRLY_HIGH)), t.movedDown());
    assertEquals(List.of(C), t.joined());
    assertEquals(List.of(Alliance.of("D101", "食醋")), t.left());
    assertThrows(IllegalArgumentException.class, () -> Transitions.between(y2019, y2018));
  }
}
