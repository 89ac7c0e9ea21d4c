package io.allianceeval.review;

import static io.allianceeval.review.ScoreEntry.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.IndicatorSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A hand-worked panel: three groups of two, three alliances, one flag per cause. */
class PanelReviewTest {

  @Test
  void rounds_flags_andFinalScores() {
    PanelReview review = ReviewFixtures.builder().build();
    AllianceReview r105 = review.alliance(ReviewFixtures.C105).orElseThrow();
    assertEquals(Points.parse("88.5"), r105.round1());
    assertEquals(Points.of(86), r105.round2());
    assertEquals(Optional.empty(), r105.cause());
    assertEquals(AllianceReview.Status.FINAL, r105.status());
    assertEquals(Optional.of(Points.parse("87.25")), r105.finalScore());
    assertEquals(Optional.of(Tier.HIGH), r105.tier());

    AllianceReview r110 = review.alliance(ReviewFixtures.C110).orElseThrow();
    assertEquals(Optional.of(DiscrepancyRule.Cause.DIFFERENCE), r110.cause()); // 91 vs 81
    assertEquals(AllianceReview.Status.AWAITING_REVIEW, r110.status());
    assertEquals(Optional.empty(), r110.finalScore());

    AllianceReview r342 = review.alliance(ReviewFixtures.C342).orElseThrow();
    assertEquals(Optional.of(DiscrepancyRule.Cause.TIER), r342.cause()); // 85 HIGH vs 82 FAIRLY_HIGH
    assertEquals(List.of(ReviewFixtures.C110, ReviewFixtures.C342), review.awaitingReview().stream()
        .map(AllianceReview::code).toList());
  }

  @Test
  void finalising_withUnresolvedFlags_listsThem() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ReviewFixtures.builder().build().finalScores());
    assertTrue(e.getMessage().contains("2 flagged alliance(s)"), e.getMessage());
    assertTrue(e.getMessage().contains("110 (DIFFERENCE: round 1 91, round 2 81)"), e.getMessage());
    assertTrue(e.getMessage().contains("342 (TIER: round 1 85, round 2 82)"), e.getMessage());
  }

  @Test
  void decisions_resolveFlags_andTheFinalScoresFeedTheEvaluation() {
    PanelReview review = ReviewFixtures.builder().build().withDecisions(List.of(
        new Decision(ReviewFixtures.C342, 80, "活动记录核实后取复评分", "专家组会评"),
        new Decision(ReviewFixtures.C110, 86, "两组意见折中", "专家组会评")));
    assertEquals(AllianceReview.Status.DECIDED, review.alliance(ReviewFixtures.C342).get().status());
    assertEquals(Optional.of(Points.of(80)), review.alliance(ReviewFixtures.C342).get().finalScore());
    List<PublishedResult> finals = review.finalScores();
    assertEquals(3, finals.size());
    EvaluationResult result = Evaluation.forYear(2019).fromPublished(finals);
    assertEquals(Tier.FAIRLY_HIGH, result.participant(ReviewFixtures.C342).get().tier());
    assertEquals(Optional.of(Points.parse("87.25")), result.participant(ReviewFixtures.C105).get().total());
    List<AuditEvent> why342 = review.audit(ReviewFixtures.C342);
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
        () -> ReviewFixtures.builder().build().withDecisions(List.of(new Decision(ReviewFixtures.C105, 90, "x", "y"))));
    assertTrue(e.messages().get(0).contains("105 TD 产业技术创新战略联盟: it is not flagged"),
        e.getMessage());
    InvalidInputException range = assertThrows(InvalidInputException.class,
        () -> ReviewFixtures.builder().decisions(List.of(new Decision(ReviewFixtures.C110, 101, "x", "y"),
            new Decision(ReviewFixtures.C110, 90, "x", "y"))).build());
    assertEquals(2, range.messages().size(), range.getMessage());
  }

  @Test
  void severity_isTheMeanDeviationFromTheOtherExperts() {
    PanelReview review = ReviewFixtures.builder().build();
    // E03: 105 at 86 vs (88 + 89) / 2 = 88.5 -> -2.5; 110 at 90 vs (92 + 80 + 82) / 3 -> +5.333
    // (-2.5 + 5.333…) / 2 = 1.41666…, rounded half-up to a hundredth
    assertEquals(Points.parse("1.42"), review.severity().get("E03").get());
    // E01: 105 at 88 vs (89 + 86) / 2 = 87.5
    assertEquals(Points.parse("0.5"), review.severity().get("E01").get());
    assertEquals(6, review.severity().size());
  }

  @Test
  void severityCorrection_isAppliedBeforeAggregation() {
    PanelReview corrected = ReviewFixtures.builder().correctSeverity(true).build();
    Points e01 = corrected.bias().of("E01").orElseThrow().rounded();
    Points e02 = corrected.bias().of("E02").orElseThrow().rounded();
    assertEquals(Points.mean(List.of(Points.of(88).minus(e01), Points.of(89).minus(e02))),
        corrected.alliance(ReviewFixtures.C105).get().round1());
    assertEquals(corrected.bias().estimates(), ReviewFixtures.builder().build().bias()
        .estimates(), "the estimate does not depend on whether it corrects");
    assertTrue(corrected.audit().stream().anyMatch(a -> a.kind() == AuditEvent.Kind.CORRECTED));
  }

  @Test
  void leaveOneOut_namesTheExpertsWhoseRemovalChangesTheTier() {
    PanelReview review = ReviewFixtures.builder().build();
    assertEquals(List.of("E03"), review.alliance(ReviewFixtures.C105).get().unstableWithout()); // round 2 empty
    assertEquals(List.of(), review.alliance(ReviewFixtures.C110).get().unstableWithout());
    assertEquals(List.of("E02"), review.alliance(ReviewFixtures.C342).get().unstableWithout());
    // a case where removal moves the mean across a boundary: 84 and 86 in round 1, 85 in round 2
    PanelReview edge = PanelReview.builder(ReviewFixtures.PANEL).assignment(ReviewFixtures.ASSIGNMENT).alliances(ReviewFixtures.ALLIANCES)
        .entries(List.of(total(Round.ONE, "E01", ReviewFixtures.C105, 80), total(Round.ONE, "E02", ReviewFixtures.C105, 90),
            total(Round.TWO, "E03", ReviewFixtures.C105, 85),
            total(Round.ONE, "E03", ReviewFixtures.C110, 50), total(Round.TWO, "E05", ReviewFixtures.C110, 50),
            total(Round.ONE, "E05", ReviewFixtures.C342, 50), total(Round.TWO, "E02", ReviewFixtures.C342, 50)))
        .build();
    // base (85 + 85) / 2 = 85 HIGH; without E01: (90 + 85) / 2 HIGH; without E02: (80 + 85) / 2 = 82.5
    assertEquals(List.of("E02", "E03"), edge.alliance(ReviewFixtures.C105).get().unstableWithout());
  }

  @Test
  void affiliatedExpert_isRejectedNamingBoth() {
    List<ScoreEntry> e = new ArrayList<>(ReviewFixtures.entries());
    e.add(total(Round.TWO, "E01", ReviewFixtures.C342, 90));
    InvalidInputException ex = assertThrows(InvalidInputException.class,
        () -> ReviewFixtures.builder(e).build());
    assertEquals(List.of("round 2: expert E01 甲 is affiliated with alliance 342 "
        + "高粱产业技术创新战略联盟 and must not score it"), ex.messages());
    assertEquals(List.of(10), ex.problems().get(0).positions());
  }

  @Test
  void unassignedExpert_isRejectedNamingBoth() {
    List<ScoreEntry> e = new ArrayList<>(ReviewFixtures.entries());
    e.add(total(Round.ONE, "E05", ReviewFixtures.C105, 90));
    InvalidInputException ex = assertThrows(InvalidInputException.class,
        () -> ReviewFixtures.builder(e).build());
    assertEquals(List.of("round 1: expert E05 戊 is not assigned to alliance 105 "
        + "TD 产业技术创新战略联盟 (group A scores it; E05 is in group C)"), ex.messages());
  }

  @Test
  void indicatorEntries_areCheckedAndSummed() {
    IndicatorSystem s = IndicatorSystem.standard2019();
    List<ScoreEntry> e = new ArrayList<>(ReviewFixtures.entries().subList(1, ReviewFixtures.entries().size()));
    s.indicators().forEach(i -> e.add(ScoreEntry.indicator(Round.ONE, "E01", ReviewFixtures.C105, i.id(),
        i.maxPoints().minus(Points.of(i.id().equals("1.4") ? 2 : 0)))));
    PanelReview review = ReviewFixtures.builder(e).build();
    assertEquals(Points.parse("93.5"), review.alliance(ReviewFixtures.C105).get().round1(), "(98 + 89) / 2");

    List<ScoreEntry> bad = new ArrayList<>(ReviewFixtures.entries().subList(1, ReviewFixtures.entries().size()));
    bad.add(ScoreEntry.indicator(Round.ONE, "E01", ReviewFixtures.C105, "9.9", 1));
    bad.add(ScoreEntry.indicator(Round.ONE, "E01", ReviewFixtures.C105, "1.1", 6));
    bad.add(ScoreEntry.indicator(Round.ONE, "E01", ReviewFixtures.C105, "1.2", -1));
    bad.add(ScoreEntry.indicator(Round.ONE, "E01", ReviewFixtures.C105, "1.3", 4));
    bad.add(total(Round.TWO, "E03", ReviewFixtures.C105, 101));
    bad.add(total(Round.TWO, "E03", ReviewFixtures.C105, 85));
    InvalidInputException ex = assertThrows(InvalidInputException.class,
        () -> ReviewFixtures.builder(bad).build());
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
    PanelReview inferred = PanelReview.builder(ReviewFixtures.PANEL).alliances(ReviewFixtures.ALLIANCES).entries(ReviewFixtures.entries())
        .build();
    assertEquals(ReviewFixtures.ASSIGNMENT.groups(), inferred.assignment().groups());
    List<ScoreEntry> e = new ArrayList<>(ReviewFixtures.entries());
    e.add(total(Round.ONE, "E05", ReviewFixtures.C105, 90)); // group C too in round 1
    e.add(total(Round.TWO, "E04", ReviewFixtures.C110, 90)); // group B again in round 2,
    e.add(total(Round.TWO, "E03", ReviewFixtures.C110, 91)); // as many experts of B as of C
    InvalidInputException ex = assertThrows(InvalidInputException.class,
        () -> PanelReview.builder(ReviewFixtures.PANEL).alliances(ReviewFixtures.ALLIANCES).entries(e).build());
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
        () -> ReviewFixtures.builder().aggregation(broken).build());
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

  @Test
  void accessorsReturnWhatWasConfigured() {
    Aggregation median = Aggregation.median();
    DiscrepancyRule rule = DiscrepancyRule.standard(Points.parse("12.5"));
    PanelReview review = ReviewFixtures.builder()
        .aggregation(median).discrepancyRule(rule).build();
    assertSame(median, review.aggregation());
    assertSame(rule, review.discrepancyRule());
    assertEquals(3, review.alliances().size());
    assertEquals("difference of 12.5 points or more, or different tiers", rule.toString());
    assertEquals("median", median.name());
    assertEquals("trimmed:2", Aggregation.trimmedMean(2).toString());
    assertEquals("PanelReview{3 alliances, 2 awaiting review}", review.toString());
    assertTrue(review.audit().get(0).toString().startsWith("#1 ENTERED 105: round 1, expert E01"),
        review.audit().get(0).toString());
    assertThrows(IllegalArgumentException.class, () -> DiscrepancyRule.standard(0));
    assertThrows(IllegalArgumentException.class, () -> DiscrepancyRule.standard(Points.parse("1.005")));
  }

  @Test
  void severityCorrection_subtractsEachExpertsSeverity_andIsAudited() {
    PanelReview plain = ReviewFixtures.builder().build();
    PanelReview corrected = ReviewFixtures.builder()
        .correctSeverity(true).build();
    assertEquals(Points.of(86), plain.alliance(ReviewFixtures.C105).orElseThrow().round2());
    Points b03 = corrected.bias().of("E03").orElseThrow().rounded();
    assertTrue(!b03.isZero(), "E03 scores above the others: " + corrected.bias());
    assertEquals(Points.of(86).minus(b03),
        corrected.alliance(ReviewFixtures.C105).orElseThrow().round2());
    assertTrue(corrected.audit().stream().anyMatch(e -> e.kind() == AuditEvent.Kind.CORRECTED
        && e.detail().equals("round 2, expert E03: raw 86 - bias " + b03 + " = "
            + Points.of(86).minus(b03))), corrected.audit().toString());
    assertTrue(plain.audit().stream().noneMatch(e -> e.kind() == AuditEvent.Kind.CORRECTED),
        "no correction unless asked");
  }

  @Test
  void anEntryProblem_isReportedOnce_withItsPosition() {
    List<ScoreEntry> entries = new java.util.ArrayList<>(ReviewFixtures.entries());
    entries.add(ScoreEntry.total(Round.ONE, "E99", ReviewFixtures.C105, 80));
    entries.add(ScoreEntry.total(Round.ONE, "E02", AllianceCode.parse("199"), 80));
    entries.add(ScoreEntry.total(Round.ONE, "E01", ReviewFixtures.C342, 80));
    entries.add(ScoreEntry.indicator(Round.ONE, "E02", ReviewFixtures.C105, "9.9", 1));
    entries.add(ScoreEntry.total(Round.ONE, "E02", ReviewFixtures.C105, 101));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ReviewFixtures.builder(entries).build());
    assertEquals(List.of(
        "round 1, alliance 105 TD 产业技术创新战略联盟: no expert 'E99' on the panel",
        "round 1, expert E02 乙: alliance 199 is not under review",
        "round 1: expert E01 甲 is affiliated with alliance 342 高粱产业技术创新战略联盟 and must "
            + "not score it",
        "round 1, expert E02 乙, alliance 105 TD 产业技术创新战略联盟: no indicator '9.9' in "
            + "standard 2019",
        "round 1, expert E02 乙, alliance 105 TD 产业技术创新战略联盟, total: points must be from 0 "
            + "to 100: 101"), e.messages().subList(0, 5));
    assertEquals(List.of(10), e.problems().get(0).positions());
    assertEquals(List.of(14), e.problems().get(4).positions());
    assertEquals(5, e.messages().size(), e.getMessage());
  }
}
