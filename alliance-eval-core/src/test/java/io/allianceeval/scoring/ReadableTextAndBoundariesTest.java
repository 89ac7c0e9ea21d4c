package io.allianceeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.testing.Records;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the scoring types print for a person, and the edges of their rules. */
class ReadableTextAndBoundariesTest {

  private static final Alliance A = Alliance.of("105", "TD 产业技术创新战略联盟");
  private static final IndicatorSystem STANDARD = IndicatorSystem.standard2019();

  @Test
  void ladders_describeTheirRuleInWords() {
    assertEquals("secretariat_meetings: 4 or more meetings -> 4, 2-3 meetings -> 2, "
        + "1 meeting -> 1, 0 meetings -> 0", STANDARD.policy("1.4").toString());
    assertEquals("website_months_since_update: 0-6 months -> 4, 7-12 months -> 2, "
        + "13 or more months -> 0, missing (no website) -> 0", STANDARD.policy("1.5").toString());
    assertEquals("standards: 0 or more standards -> 1, none -> 0",
        IndicatorPolicy.ladder(Standard2019.STANDARDS).atLeast(0, 1).build().toString());
    assertEquals("media_reports: 5 or more reports -> 5, 2-4 reports -> 3, 1 report -> 1, "
        + "0 reports -> 0", STANDARD.policy("3.5").toString());
    assertEquals("talent_programs: 2 or more programmes -> 6, 1 programme -> 3, "
        + "0 programmes -> 0", STANDARD.policy("3.4").toString());
    assertEquals("2.5 组织和参与制定技术标准 (technical standards, 6)",
        STANDARD.indicator("2.5").toString());
    assertEquals("1 组织机构建设与运行 (Organisation & operation, 25)",
        STANDARD.groups().get(0).toString());
    assertEquals("IndicatorSystem{standard 2019, 100 points, 3 groups, 20 indicators}",
        STANDARD.toString());
    assertEquals("TierScheme{HIGH 85-100, FAIRLY_HIGH 70-84, AVERAGE 50-69, INACTIVE 0-49, "
        + "HALF_UP}", TierScheme.standard().toString());
  }

  @Test
  void scoresAndAssessments_printPointsAndReason() {
    ActivityRecord three = ActivityRecord.builder(A, 2019)
        .fact(Standard2019.SECRETARIAT_MEETINGS, 3).build();
    Assessment a = STANDARD.policy("1.4").assess(three);
    assertEquals("2 (secretariat_meetings = 3: 2-3 meetings -> 2 of 4)", a.toString());
    IndicatorScore s = STANDARD.score(Records.top(A, 2019)).indicatorScores().get(3);
    assertEquals("1.4: 4 (secretariat_meetings = 10: 4 or more meetings -> 4 of 4)", s.toString());
    assertEquals(Points.of(0), s.pointsLost());
    assertTrue(Assessment.of(1, "a").hashCode() != Assessment.of(2, "b").hashCode());
  }

  @Test
  void aMissingValueWithAMeaning_scoresItsPoints() {
    IndicatorPolicy p = IndicatorPolicy.ladder(Standard2019.WEBSITE_MONTHS_SINCE_UPDATE)
        .atMost(6, 4).whenMissing(Points.parse("1.5"), "no website yet").build();
    ActivityRecord none = ActivityRecord.builder(A, 2019).build();
    assertEquals(Points.parse("1.5"), p.points(none));
    assertEquals("website_months_since_update missing: no website yet -> 1.5 of 4",
        p.assess(none).reason());
    assertThrows(IllegalArgumentException.class,
        () -> STANDARD.policy("1.4").points(none), "a required fact may not be missing");
  }

  @Test
  void reweightedPolicies_readTheSameFacts() {
    IndicatorSystem w = STANDARD.toBuilder().reweight("1.4", Points.of(5)).reweight("1.5", Points.of(3))
        .groupPoints("1", Points.of(25)).build();
    assertEquals(STANDARD.policy("1.4").requiredFacts(), w.policy("1.4").requiredFacts());
    assertEquals(STANDARD.policy("1.5").optionalFacts(), w.policy("1.5").optionalFacts());
    assertEquals(STANDARD.requiredFacts(), w.requiredFacts());
  }

  @Test
  void tierSchemeBands_touchingIsFine_oneApartIsAGap_sharingOnePointIsAnOverlap() {
    TierScheme.builder().band(Tier.HIGH, 50, 100).band(Tier.INACTIVE, 0, 49).build();
    TierScheme.builder().band(Tier.HIGH, 50, 50).band(Tier.INACTIVE, 0, 49).build();
    InvalidInputException gap = assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.HIGH, 51, 100).band(Tier.INACTIVE, 0, 49).build());
    assertEquals(List.of("gap: no tier for 50 between INACTIVE 0-49 and HIGH 51-100"),
        gap.messages());
    InvalidInputException wide = assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.HIGH, 60, 100).band(Tier.INACTIVE, 0, 49).build());
    assertEquals(List.of("gap: no tier for 50-59 between INACTIVE 0-49 and HIGH 60-100"),
        wide.messages());
    InvalidInputException one = assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.HIGH, 49, 100).band(Tier.INACTIVE, 0, 49).build());
    assertEquals(List.of("overlap: INACTIVE 0-49 and HIGH 49-100 share 49"), one.messages());
    InvalidInputException more = assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.HIGH, 40, 100).band(Tier.INACTIVE, 0, 49).build());
    assertEquals(List.of("overlap: INACTIVE 0-49 and HIGH 40-100 share 40-49"), more.messages());
    InvalidInputException order = assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.INACTIVE, 50, 100).band(Tier.HIGH, 0, 49).build());
    assertEquals(List.of("order: INACTIVE 50-100 lies above HIGH 0-49, but a better tier must "
        + "lie above a worse one"), order.messages());
    InvalidInputException empty = assertThrows(InvalidInputException.class,
        () -> TierScheme.builder().band(Tier.HIGH, 50, 49).band(Tier.INACTIVE, 0, 49).build());
    assertTrue(empty.messages().get(0).startsWith("HIGH: minimum 50 is above maximum 49"),
        empty.getMessage());
  }

  @Test
  void tierSchemeBounds_areExact() {
    TierScheme fromTen = TierScheme.builder().band(Tier.HIGH, 50, 100)
        .band(Tier.INACTIVE, 10, 49).build();
    assertEquals(Points.of(10), fromTen.lowestTotalFor(Tier.INACTIVE));
    assertEquals(Points.parse("49.5"), fromTen.lowestTotalFor(Tier.HIGH));
    assertEquals(100, fromTen.round(Points.of(100)));
    assertEquals(10, fromTen.round(Points.of(10)));
    assertEquals(Tier.INACTIVE, fromTen.tierOf(Points.of(10)));
    assertThrows(IllegalArgumentException.class, () -> fromTen.round(Points.parse("9.99")));
    assertThrows(IllegalArgumentException.class, () -> fromTen.round(Points.parse("100.01")));
    assertEquals(85, TierScheme.standard().round(Points.parse("85.0")));
    assertEquals(84, TierScheme.standard().round(Points.parse("84.49")));
    assertThrows(IllegalArgumentException.class, () -> TierScheme.standard().tierOfWhole(101));
    assertThrows(IllegalArgumentException.class, () -> TierScheme.standard().tierOfWhole(-1));
  }

  @Test
  void hugeNumbers_areRefusedAsPoints() {
    assertThrows(IllegalArgumentException.class, () -> Points.parse("1e13"));
    assertThrows(IllegalArgumentException.class, () -> Points.parse("Infinity"));
    assertThrows(IllegalArgumentException.class, () -> IndicatorSystem.builder("x").total(0));
    // the largest kind of number accepted
    IndicatorSystem.builder("x").total(Points.parse("9999999999999.99"));
  }

  @Test
  void indicatorIds_orderNumerically_withinAGroup() {
    IndicatorSystem s = IndicatorSystem.builder("order").total(10)
        .group("1", "组", "group", 10)
        .indicator("1.10", "十", "ten", 5, IndicatorPolicy.atLeast(Standard2019.STANDARDS, 1, 5))
        .indicator("1.2", "二", "two", 5, IndicatorPolicy.atLeast(Standard2019.TREND_STUDIES, 1, 5))
        .build();
    assertEquals(List.of("1.2", "1.10"), s.indicators().stream().map(Indicator::id).toList());
    assertEquals(List.of(Standard2019.TREND_STUDIES, Standard2019.STANDARDS), s.requiredFacts());
  }

  @Test
  void scorecardsCompareByRecordAndPoints() {
    Scorecard top = STANDARD.score(Records.top(A, 2019));
    Scorecard zero = STANDARD.score(Records.zero(A, 2019));
    assertEquals(top, STANDARD.score(Records.top(A, 2019)));
    assertTrue(!top.equals(zero));
    assertEquals(Points.of(45), top.subtotal("2"));
    assertThrows(IllegalArgumentException.class, () -> top.subtotal("4"));
  }
}
