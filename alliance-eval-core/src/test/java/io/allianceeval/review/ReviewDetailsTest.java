package io.allianceeval.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Panel lookups, planner ordering and the review's accessors and texts. */
class ReviewDetailsTest {

  @Test
  void panelLookups() {
    Panel panel = PanelReviewTest.PANEL;
    assertEquals(List.of("E01", "E02", "E03", "E04", "E05", "E06"),
        panel.experts().stream().map(Expert::id).toList());
    assertEquals(Optional.of("B"), panel.groupOf("E04"));
    assertEquals(Optional.empty(), panel.groupOf("E99"));
    assertEquals("甲", panel.expert("E01").orElseThrow().name());
    assertEquals(List.of("E02"), panel.eligible("A", PanelReviewTest.C342).stream()
        .map(Expert::id).toList());
    assertEquals("Panel{A: E01, E02; B: E03, E04; C: E05, E06}", panel.toString());
    Panel unsorted = Panel.of(Map.of("X", List.of(Expert.of("E9", "九", Set.of()),
        Expert.of("E1", "一", Set.of())), "Y", List.of(Expert.of("E5", "五", Set.of()))));
    assertEquals(List.of("E1", "E9"), unsorted.group("X").stream().map(Expert::id).toList());
  }

  @Test
  void assignmentLoad_countsEachGroupsAlliances() {
    Assignment a = PanelReviewTest.ASSIGNMENT;
    assertEquals(Map.of("A", 1, "B", 1, "C", 1), a.load(Round.ONE));
    assertEquals("Assignment{105: A/B, 110: B/C, 342: C/A}", a.toString());
  }

  @Test
  void planner_dependsOnTheSeed_andPlacesTheMostConstrainedFirst() {
    List<Expert> many = List.of(Expert.of("E1", "一", Set.of()), Expert.of("E2", "二", Set.of()));
    Panel panel = Panel.of(Map.of("A", many,
        "B", List.of(Expert.of("E3", "三", Set.of()), Expert.of("E4", "四", Set.of())),
        "C", List.of(Expert.of("E5", "五", Set.of()), Expert.of("E6", "六", Set.of())),
        "D", List.of(Expert.of("E7", "七", Set.of()), Expert.of("E8", "八", Set.of()))));
    List<AllianceCode> codes = java.util.stream.IntStream.rangeClosed(1, 12)
        .mapToObj(n -> AllianceCode.parse(String.format("1%02d", n))).toList();
    java.util.Set<Map<AllianceCode, Assignment.Groups>> plans = new java.util.HashSet<>();
    for (long seed = 0; seed < 8; seed++) {
      Assignment plan = Assignment.plan(panel, codes, seed, 1);
      assertEquals(plan, Assignment.plan(panel, codes, seed, 1), "deterministic for a seed");
      plans.add(plan.groups());
      assertEquals(Map.of("A", 3, "B", 3, "C", 3, "D", 3), plan.load(Round.ONE), "balanced");
    }
    assertTrue(plans.size() > 1, "different seeds give different plans");
    // 101 can only be scored by A and B (its officers sit in C and D): placed first, it gets them
    Panel constrained = Panel.of(Map.of("A", many,
        "B", List.of(Expert.of("E3", "三", Set.of()), Expert.of("E4", "四", Set.of())),
        "C", List.of(Expert.of("E5", "五", Set.of(codes.get(0))),
            Expert.of("E6", "六", Set.of(codes.get(0)))),
        "D", List.of(Expert.of("E7", "七", Set.of(codes.get(0))),
            Expert.of("E8", "八", Set.of(codes.get(0))))));
    for (long seed = 0; seed < 8; seed++) {
      Assignment.Groups g = Assignment.plan(constrained, codes, seed, 1).groups()
          .get(codes.get(0));
      assertEquals(Set.of("A", "B"), Set.of(g.round1(), g.round2()));
    }
  }

  @Test
  void accessorsReturnWhatWasConfigured() {
    Aggregation median = Aggregation.median();
    DiscrepancyRule rule = DiscrepancyRule.standard(Points.parse("12.5"));
    PanelReview review = PanelReviewTest.builder(PanelReviewTest.entries())
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
  void thresholdIsExact_aDifferenceOfExactlyItFlags_aHundredthLessDoesNot() {
    DiscrepancyRule ten = DiscrepancyRule.standard(10);
    var scheme = io.allianceeval.scoring.TierScheme.standard();
    assertEquals(Optional.of(DiscrepancyRule.Cause.DIFFERENCE), ten.check(Points.parse("95.1"), Points.parse("85.1"), scheme));
    assertEquals(Optional.empty(), ten.check(Points.parse("95.1"), Points.parse("85.11"), scheme));
    assertEquals(Optional.of(DiscrepancyRule.Cause.TIER), ten.check(Points.of(85), Points.parse("84.49"), scheme));
  }

  @Test
  void severityCorrection_subtractsEachExpertsSeverity_andIsAudited() {
    PanelReview plain = PanelReviewTest.builder(PanelReviewTest.entries()).build();
    PanelReview corrected = PanelReviewTest.builder(PanelReviewTest.entries())
        .correctSeverity(true).build();
    assertEquals(Points.of(86), plain.alliance(PanelReviewTest.C105).orElseThrow().round2());
    assertEquals(Points.parse("84.58"), corrected.alliance(PanelReviewTest.C105).orElseThrow().round2());
    assertTrue(corrected.audit().stream().anyMatch(e -> e.kind() == AuditEvent.Kind.CORRECTED
        && e.detail().equals("round 2, expert E03: 86 - severity 1.42 = 84.58")),
        corrected.audit().toString());
  }

  @Test
  void anEntryProblem_isReportedOnce_withItsPosition() {
    List<ScoreEntry> entries = new java.util.ArrayList<>(PanelReviewTest.entries());
    entries.add(ScoreEntry.total(Round.ONE, "E99", PanelReviewTest.C105, 80));
    entries.add(ScoreEntry.total(Round.ONE, "E02", AllianceCode.parse("199"), 80));
    entries.add(ScoreEntry.total(Round.ONE, "E01", PanelReviewTest.C342, 80));
    entries.add(ScoreEntry.indicator(Round.ONE, "E02", PanelReviewTest.C105, "9.9", 1));
    entries.add(ScoreEntry.total(Round.ONE, "E02", PanelReviewTest.C105, 101));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> PanelReviewTest.builder(entries).build());
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
