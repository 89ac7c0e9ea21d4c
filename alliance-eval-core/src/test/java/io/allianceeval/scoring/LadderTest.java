package io.allianceeval.scoring;

import java.util.Optional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Fact;
import io.allianceeval.model.Points;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LadderTest {

  private static final IndicatorSystem STANDARD = IndicatorSystem.standard2019();

  private static final Alliance A = Alliance.of("342", "高粱产业技术创新战略联盟");
  private static final IndicatorPolicy SECRETARIAT = IndicatorPolicy.ladder(Standard2019.SECRETARIAT_MEETINGS)
      .atLeast(4, 4).atLeast(2, 2).atLeast(1, 1).build();

  private static ActivityRecord with(Fact fact, int value) {
    return ActivityRecord.builder(A, 2019).fact(fact, value).build();
  }

  @Test
  void atLeastLadder_givesPointsOfTheHighestThresholdReached_withReadableReasons() {
    assertEquals(Assessment.of(0, "secretariat_meetings = 0: 0 meetings -> 0 of 4"),
        SECRETARIAT.assess(with(Standard2019.SECRETARIAT_MEETINGS, 0)));
    assertEquals(Assessment.of(1, "secretariat_meetings = 1: 1 meeting -> 1 of 4"),
        SECRETARIAT.assess(with(Standard2019.SECRETARIAT_MEETINGS, 1)));
    assertEquals(Assessment.of(2, "secretariat_meetings = 3: 2-3 meetings -> 2 of 4"),
        SECRETARIAT.assess(with(Standard2019.SECRETARIAT_MEETINGS, 3)));
    assertEquals(Assessment.of(4, "secretariat_meetings = 9: 4 or more meetings -> 4 of 4"),
        SECRETARIAT.assess(with(Standard2019.SECRETARIAT_MEETINGS, 9)));
  }

  @Test
  void points_equalsAssessPoints() {
    for (int v = 0; v < 10; v++) {
      ActivityRecord r = with(Standard2019.SECRETARIAT_MEETINGS, v);
      assertEquals(SECRETARIAT.assess(r).points(), SECRETARIAT.points(r));
    }
  }

  @Test
  void websiteRule_missingMeansNoWebsite() {
    IndicatorPolicy website = IndicatorPolicy.website(Standard2019.WEBSITE_MONTHS_SINCE_UPDATE);
    assertEquals(Set.of(), website.requiredFacts());
    assertEquals(Set.of(Standard2019.WEBSITE_MONTHS_SINCE_UPDATE), website.optionalFacts());
    ActivityRecord none = ActivityRecord.builder(A, 2019).build();
    assertEquals(Assessment.of(0, "website_months_since_update missing: no website -> 0 of 4"),
        website.assess(none));
    assertEquals(Points.of(4), website.points(with(Standard2019.WEBSITE_MONTHS_SINCE_UPDATE, 0)));
    assertEquals(Points.of(4), website.points(with(Standard2019.WEBSITE_MONTHS_SINCE_UPDATE, 6)));
    assertEquals(Assessment.of(2, "website_months_since_update = 7: 7-12 months -> 2 of 4"),
        website.assess(with(Standard2019.WEBSITE_MONTHS_SINCE_UPDATE, 7)));
    assertEquals(Points.of(2), website.points(with(Standard2019.WEBSITE_MONTHS_SINCE_UPDATE, 12)));
    assertEquals(Assessment.of(0, "website_months_since_update = 13: 13 or more months -> 0 of 4"),
        website.assess(with(Standard2019.WEBSITE_MONTHS_SINCE_UPDATE, 13)));
  }

  @Test
  void ladder_whereABetterValueScoresLess_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorPolicy.ladder(Standard2019.STANDARDS).atLeast(2, 3).atLeast(1, 6).build());
    assertTrue(e.getMessage().contains("standards"), e.getMessage());
  }

  @Test
  void ladder_mixingAtLeastAndAtMost_isRejected() {
    assertThrows(IllegalStateException.class,
        () -> IndicatorPolicy.ladder(Standard2019.STANDARDS).atLeast(2, 3).atMost(1, 6));
  }

  @Test
  void ladder_badSteps_areRejected() {
    assertThrows(IllegalStateException.class, () -> IndicatorPolicy.ladder(Standard2019.STANDARDS).build());
    assertThrows(IllegalArgumentException.class,
        () -> IndicatorPolicy.ladder(Standard2019.STANDARDS).atLeast(-1, 3));
    assertThrows(IllegalArgumentException.class,
        () -> IndicatorPolicy.ladder(Standard2019.STANDARDS).atLeast(1, -3));
    assertThrows(IllegalArgumentException.class,
        () -> IndicatorPolicy.ladder(Standard2019.STANDARDS).atLeast(1, 3).atLeast(1, 2));
  }

  @Test
  void scaledPolicy_multipliesPointsAndSaysSo() {
    IndicatorPolicy doubled = ScaledPolicy.of(SECRETARIAT, Points.of(4), Points.of(8));
    ActivityRecord r = with(Standard2019.SECRETARIAT_MEETINGS, 3);
    assertEquals(Points.of(4), doubled.points(r));
    assertEquals("secretariat_meetings = 3: 2-3 meetings -> 2 of 4, scaled from 4 to 8 = 4 of 8",
        doubled.assess(r).reason());
    assertEquals(Points.of(8), doubled.maxPoints().get());
    assertEquals(Points.of(12),
        ScaledPolicy.of(doubled, Points.of(8), Points.of(12)).maxPoints().get());
    assertSame(SECRETARIAT, ScaledPolicy.of(doubled, Points.of(8), Points.of(4)));
  }

  @Test
  void scaledPolicy_roundsHalfUpToAHundredth() {
    IndicatorPolicy scaled = ScaledPolicy.of(SECRETARIAT, Points.of(4), Points.parse("5.3")); // x1.325
    assertEquals(Points.parse("1.33"), scaled.points(with(Standard2019.SECRETARIAT_MEETINGS, 1))); // 1.325
    assertEquals(Points.parse("2.65"), scaled.points(with(Standard2019.SECRETARIAT_MEETINGS, 2)));
    assertEquals(Points.parse("5.3"), scaled.points(with(Standard2019.SECRETARIAT_MEETINGS, 4)));
    assertEquals(Points.of(0), scaled.points(with(Standard2019.SECRETARIAT_MEETINGS, 0)));
  }

  @Test
  void toString_readsAsTheRule() {
    assertEquals("secretariat_meetings: 4 or more meetings -> 4, 2-3 meetings -> 2, "
        + "1 meeting -> 1, 0 meetings -> 0", SECRETARIAT.toString());
  }

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
  void scaledPolicies_areEqualByBaseAndScale() {
    IndicatorPolicy base = IndicatorPolicy.ladder(Standard2019.STANDARDS).atLeast(2, 6)
        .atLeast(1, 3).build();
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(ScaledPolicy.of(base, Points.of(6), Points.of(5)),
            ScaledPolicy.of(base, Points.of(6), Points.of(5)))
        .addEqualityGroup(ScaledPolicy.of(base, Points.of(6), Points.of(4)))
        .addEqualityGroup(ScaledPolicy.of(base, Points.of(5), Points.of(4)))
        .addEqualityGroup(ScaledPolicy.of(IndicatorPolicy.atLeast(Standard2019.STANDARDS, 1, 6),
            Points.of(6), Points.of(5)))
        .testEquals();
    // a user policy that declares no maximum is scaled from the indicator's maximum
    IndicatorPolicy own = IndicatorPolicy.of(Standard2019.STANDARDS, n -> Assessment.of(n > 0 ? 6
        : 0, "own"));
    assertEquals(Optional.of(Points.of(5)), ScaledPolicy.of(own, Points.of(6), Points.of(5))
        .maxPoints());
  }
}
