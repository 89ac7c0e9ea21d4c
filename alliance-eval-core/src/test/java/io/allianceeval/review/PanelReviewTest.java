package io.allianceeval.review;

import static io.allianceeval.review.ScoreEntry.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.IndicatorSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A hand-worked panel: three groups of two, three alliances, one flag per cause. */
class PanelReviewTest {

  static final AllianceCode C105 = AllianceCode.parse("105");
  static final AllianceCode C110 = AllianceCode.parse("110");
  static final AllianceCode C342 = AllianceCode.parse("342");
  static final List<Alliance> ALLIANCES = List.of(Alliance.of(C105, "TD 产业技术创新战略联盟"),
      Alliance.of(C110, "半导体照明产业技术创新战略联盟"), Alliance.of(C342, "高粱产业技术创新战略联盟"));

  static final Panel PANEL = Panel.of(Map.of(
      "A", List.of(Expert.of("E01", "甲", Set.of(C342)), Expert.of("E02", "乙", Set.of())),
      "B", List.of(Expert.of("E03", "丙", Set.of()), Expert.of("E04", "丁", Set.of(C105))),
      "C", List.of(Expert.of("E05", "戊", Set.of()), Expert.of("E06", "己", Set.of()))));
  static final Assignment ASSIGNMENT = Assignment.of(PANEL, Map.of(
      C105, new Assignment.Groups("A", "B"),
      C110, new Assignment.Groups("B", "C"),
      C342, new Assignment.Groups("C", "A")));

  static List<ScoreEntry> entries() {
    return List.of(
        total(Round.ONE, "E01", C105, 88), total(Round.ONE, "E02", C105, 89),
        total(Round.TWO, "E03", C105, 86),
        total(Round.ONE, "E03", C110, 90), total(Round.ONE, "E04", C110, 92),
        total(Round.TWO, "E05", C110, 80), total(Round.TWO, "E06", C110, 82),
        total(Round.ONE, "E05", C342, 86), total(Round.ONE, "E06", C342, 84),
        total(Round.TWO, "E02", C342, 82));
  }

  static PanelReview.Builder builder(List<ScoreEntry> entries) {
    return PanelReview.builder(PANEL).assignment(ASSIGNMENT).alliances(ALLIANCES).entries(entries);
  }

  @Test
  void rounds_flags_andFinalScores() {
    PanelReview review = builder(entries()).build();
    AllianceReview r105 = review.alliance(C105).orElseThrow();
    assertEquals(Points.parse("88.5"), r105.round1());
    assertEquals(Points.of(86), r105.round2());
    assertEquals(Optional.empty(), r105.cause());
    assertEquals(AllianceReview.Status.FINAL, r105.status());
    assertEquals(Optional.of(Points.parse("87.25")), r105.finalScore());
    assertEquals(Optional.of(Tier.HIGH), r105.tier());

    AllianceReview r110 = review.alliance(C110).orElseThrow();
    assertEquals(Optional.of(DiscrepancyRule.Cause.DIFFERENCE), r110.cause()); // 91 vs 81
    assertEquals(AllianceReview.Status.AWAITING_REVIEW, r110.status());
    assertEquals(Optional.empty(), r110.finalScore());

    AllianceReview r342 = review.alliance(C342).orElseThrow();
    assertEquals(Optional.of(DiscrepancyRule.Cause.TIER), r342.cause()); // 85 HIGH vs 82 FAIRLY_HIGH
    assertEquals(List.of(C110, C342), review.awaitingReview().stream()
        .map(AllianceReview::code).toList());
  }

  @Test
  void finalising_withUnresolvedFlags_listsThem() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> builder(entries()).build().finalScores());
    assertTrue(e.getMessage().contains("2 flagged alliance(s)"), e.getMessage());
    assertTrue(e.getMessage().contains("110 (DIFFERENCE: round 1 91, round 2 81)"), e.getMessage());
    assertTrue(e.getMessage().contains("342 (TIER: round 1 85, round 2 82)"), e.getMessage());
  }

  @Test
  void decisions_resolveFlags_andTheFinalScoresFeedTheEvaluation() {
    PanelReview review = builder(entries()).build().withDecisions(List.of(
        new Decision(C342, 80, "活动记录核实后取复评分", "专家组会评"),
        new Decision(C110, 86, "两组意见折中", "专家组会评")));
    assertEquals(AllianceReview.Status.DECIDED, review.alliance(C342).get().status());
    assertEquals(Optional.of(Points.of(80)), review.alliance(C342).get().finalScore());
    List<PublishedResult> finals = review.finalScores();
    assertEquals(3, finals.size());
    EvaluationResult result = Evaluation.forYear(2019).fromPublished(finals);
    assertEquals(Tier.FAIRLY_HIGH, result.participant(C342).get().tier());
    assertEquals(Optional.of(Points.parse("87.25")), result.participant(C105).get().total());
    List<AuditEvent> why342 = review.audit(C342);
    assertEquals(List.of(AuditEvent.Kind.ENTERED, AuditEvent.Kind.ENTERED,
        AuditEvent.Kind.AGGREGATED, AuditEvent.Kind.ENTERED, AuditEvent.Kind.AGGREGATED,
        AuditEvent.Kind.FLAGGED, AuditEvent.Kind.DECIDED, AuditEvent.Kind.FINAL),
        why342.stream().map(AuditEvent::kind).toList());
    assertTrue(why342.get(6).detail().contains("80 by 专家组会评: 活动记录核实后取复评分"),
        why342.get(6).toString());
    for (int i = 0; i < review.audit().size(); i++) {
      assertEquals(i + 1, review.audit().get(i).sequence());
    }
  }

  @Test
  void decisionForAnUnflaggedAlliance_orOutOfRange_isRejected() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> builder(entries()).build().withDecisions(List.of(new Decision(C105, 90, "x", "y"))));
    assertTrue(e.messages().get(0).contains("105 TD 产业技术创新战略联盟: it is not flagged"),
        e.getMessage());
    InvalidInputException range = assertThrows(InvalidInputException.class,
        () -> builder(entries()).decisions(List.of(new Decision(C110, 101, "x", "y"),
            new Decision(C110, 90, "x", "y"))).build());
    assertEquals(2, range.messages().size(), range.getMessage());
  }

  @Test
  void severity_isTheMeanDeviationFromTheOtherExperts() {
    PanelReview review = builder(entries()).build();
    // E03: 105 at 86 vs (88 + 89) / 2 = 88.5 -> -2.5; 110 at 90 vs (92 + 80 + 82) / 3 -> +5.333
    // (-2.5 + 5.333…) / 2 = 1.41666…, rounded half-up to a hundredth
    assertEquals(Points.parse("1.42"), review.severity().get("E03").get());
    // E01: 105 at 88 vs (89 + 86) / 2 = 87.5
    assertEquals(Points.parse("0.5"), review.severity().get("E01").get());
    assertEquals(6, review.severity().size());
  }

  @Test
  void severityCorrection_isAppliedBeforeAggregation() {
    PanelReview plain = builder(entries()).build();
    PanelReview corrected = builder(entries()).correctSeverity(true).build();
    Points e01 = plain.severity().get("E01").get();
    Points e02 = plain.severity().get("E02").get();
    assertEquals(Points.mean(List.of(Points.of(88).minus(e01), Points.of(89).minus(e02))),
        corrected.alliance(C105).get().round1());
    assertTrue(corrected.audit().stream().anyMatch(a -> a.kind() == AuditEvent.Kind.CORRECTED));
  }

  @Test
  void leaveOneOut_namesTheExpertsWhoseRemovalChangesTheTier() {
    PanelReview review = builder(entries()).build();
    assertEquals(List.of("E03"), review.alliance(C105).get().unstableWithout()); // round 2 empty
    assertEquals(List.of(), review.alliance(C110).get().unstableWithout());
    assertEquals(List.of("E02"), review.alliance(C342).get().unstableWithout());
    // a case where removal moves the mean across a boundary: 84 and 86 in round 1, 85 in round 2
    PanelReview edge = PanelReview.builder(PANEL).assignment(ASSIGNMENT).alliances(ALLIANCES)
        .entries(List.of(total(Round.ONE, "E01", C105, 80), total(Round.ONE, "E02", C105, 90),
            total(Round.TWO, "E03", C105, 85),
            total(Round.ONE, "E03", C110, 50), total(Round.TWO, "E05", C110, 50),
            total(Round.ONE, "E05", C342, 50), total(Round.TWO, "E02", C342, 50)))
        .build();
    // base (85 + 85) / 2 = 85 HIGH; without E01: (90 + 85) / 2 HIGH; without E02: (80 + 85) / 2 = 82.5
    assertEquals(List.of("E02", "E03"), edge.alliance(C105).get().unstableWithout());
  }

  @Test
  void affiliatedExpert_isRejectedNamingBoth() {
    List<ScoreEntry> e = new ArrayList<>(entries());
    e.add(total(Round.TWO, "E01", C342, 90));
    InvalidInputException ex = assertThrows(InvalidInputException.class,
        () -> builder(e).build());
    assertEquals(List.of("round 2: expert E01 甲 is affiliated with alliance 342 "
        + "高粱产业技术创新战略联盟 and must not score it"), ex.messages());
    assertEquals(List.of(10), ex.problems().get(0).positions());
  }

  @Test
  void unassignedExpert_isRejectedNamingBoth() {
    List<ScoreEntry> e = new ArrayList<>(entries());
    e.add(total(Round.ONE, "E05", C105, 90));
    InvalidInputException ex = assertThrows(InvalidInputException.class,
        () -> builder(e).build());
    assertEquals(List.of("round 1: expert E05 戊 is not assigned to alliance 105 "
        + "TD 产业技术创新战略联盟 (group A scores it; E05 is in group C)"), ex.messages());
  }

  @Test
  void indicatorEntries_areCheckedAndSummed() {
    IndicatorSystem s = IndicatorSystem.standard2019();
    List<ScoreEntry> e = new ArrayList<>(entries().subList(1, entries().size()));
    s.indicators().forEach(i -> e.add(ScoreEntry.indicator(Round.ONE, "E01", C105, i.id(),
        i.maxPoints().minus(Points.of(i.id().equals("1.4") ? 2 : 0)))));
    PanelReview review = builder(e).build();
    assertEquals(Points.parse("93.5"), review.alliance(C105).get().round1(), "(98 + 89) / 2");

    List<ScoreEntry> bad = new ArrayList<>(entries().subList(1, entries().size()));
    bad.add(ScoreEntry.indicator(Round.ONE, "E01", C105, "9.9", 1));
    bad.add(ScoreEntry.indicator(Round.ONE, "E01", C105, "1.1", 6));
    bad.add(ScoreEntry.indicator(Round.ONE, "E01", C105, "1.2", -1));
    bad.add(ScoreEntry.indicator(Round.ONE, "E01", C105, "1.3", 4));
    bad.add(total(Round.TWO, "E03", C105, 101));
    bad.add(total(Round.TWO, "E03", C105, 85));
    InvalidInputException ex = assertThrows(InvalidInputException.class,
        () -> builder(bad).build());
    List<String> p = ex.messages();
    assertTrue(p.stream().anyMatch(x -> x.contains("no indicator '9.9'")), ex.getMessage());
    assertTrue(p.stream().anyMatch(x -> x.contains("indicator 1.1: points must be from 0 to 5: 6")),
        ex.getMessage());
    assertTrue(p.stream().anyMatch(x -> x.contains("indicator 1.2: points must be from 0 to 4: -1")),
        ex.getMessage());
    assertTrue(p.stream().anyMatch(x -> x.contains("total: points must be from 0 to 100: 101")),
        ex.getMessage());
    assertTrue(p.stream().anyMatch(x -> x.contains("no valid indicator points for [1.1, 1.2, 1.4, 1.5")),
        ex.getMessage());
    // E03 entered a second valid total for 105 in round 2
    assertTrue(p.stream().anyMatch(x -> x.contains("total: entered 2 times")), ex.getMessage());
  }

  @Test
  void inferredAssignment_checksOneGroupPerRoundAndAnotherGroupForRoundTwo() {
    PanelReview inferred = PanelReview.builder(PANEL).alliances(ALLIANCES).entries(entries())
        .build();
    assertEquals(ASSIGNMENT.groups(), inferred.assignment().groups());
    List<ScoreEntry> e = new ArrayList<>(entries());
    e.add(total(Round.ONE, "E05", C105, 90)); // group C too in round 1
    e.add(total(Round.TWO, "E04", C110, 90)); // group B again in round 2,
    e.add(total(Round.TWO, "E03", C110, 91)); // as many experts of B as of C
    InvalidInputException ex = assertThrows(InvalidInputException.class,
        () -> PanelReview.builder(PANEL).alliances(ALLIANCES).entries(e).build());
    // the majority of the experts decides the group; the stray entries are reported
    assertEquals(List.of(
        "round 1: expert E05 戊 of group C scored alliance 105, which group A scores in this round",
        "alliance 110, round 2: scored by groups B and C equally; one group scores an alliance in "
            + "a round"), ex.messages());
    assertEquals(List.of(10), ex.problems().get(0).positions());
    assertEquals(List.of(5, 6, 11, 12), ex.problems().get(1).positions());
  }

  @Test
  void brokenAggregation_isReportedByName() {
    Aggregation broken = new Aggregation() {
      @Override
      public Points aggregate(List<Points> scores) {
        return Points.of(1000);
      }

      @Override
      public String name() {
        return "broken";
      }
    };
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> builder(entries()).aggregation(broken).build());
    assertTrue(e.getMessage().startsWith("aggregation broken returned 1000 for alliance 105"),
        e.getMessage());
  }

  @Test
  void aggregations() {
    List<Points> s = points(70, 80, 90, 100, 40);
    assertEquals(Points.of(76), Aggregation.mean().aggregate(s));
    assertEquals(Points.of(80), Aggregation.median().aggregate(s));
    assertEquals(Points.of(85), Aggregation.median().aggregate(points(80, 90)));
    assertEquals(Points.parse("85.5"), Aggregation.median().aggregate(points(80, 90, 81, 99)));
    assertEquals(Points.of(80), Aggregation.trimmedMean(1).aggregate(s));
    assertEquals(Points.of(80), Aggregation.trimmedMean(2).aggregate(s));
    // fewer than 7 scores: plain mean
    assertEquals(Points.of(76), Aggregation.trimmedMean(3).aggregate(s));
    assertEquals(points(70, 80, 90, 100, 40), s, "input untouched");
    assertThrows(IllegalArgumentException.class, () -> Aggregation.trimmedMean(0));
  }

  @Test
  void meanOfThree_isRoundedHalfUpToAHundredthOnce() {
    assertEquals(Points.parse("84.67"), Aggregation.mean().aggregate(points(84, 85, 85)));
    assertEquals(Points.parse("84.01"), Aggregation.mean().aggregate(List.of(Points.of(84),
        Points.parse("84.01"), Points.parse("84.02"))));
    assertEquals(Points.parse("0.01"), Aggregation.mean().aggregate(List.of(Points.ZERO,
        Points.parse("0.01"))), "0.005 rounds half-up");
  }

  static List<Points> points(int... values) {
    List<Points> list = new java.util.ArrayList<>();
    for (int v : values) {
      list.add(Points.of(v));
    }
    return List.copyOf(list);
  }

  @Test
  void discrepancyRule_standard() {
    DiscrepancyRule r = DiscrepancyRule.standard(10);
    var scheme = io.allianceeval.scoring.TierScheme.standard();
    assertEquals(Optional.of(DiscrepancyRule.Cause.DIFFERENCE), r.check(Points.of(90), Points.of(80), scheme));
    assertEquals(Optional.of(DiscrepancyRule.Cause.TIER), r.check(Points.of(90), Points.parse("80.01"), scheme));
    assertEquals(Optional.empty(), r.check(Points.of(95), Points.parse("85.01"), scheme));
    assertEquals(Optional.of(DiscrepancyRule.Cause.TIER), r.check(Points.of(85), Points.of(84), scheme));
    assertEquals(Optional.empty(), r.check(Points.parse("84.5"), Points.of(86), scheme));
    assertThrows(IllegalArgumentException.class, () -> DiscrepancyRule.standard(0));
  }
}
