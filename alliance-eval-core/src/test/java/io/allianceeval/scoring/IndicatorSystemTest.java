package io.allianceeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Fact;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.testing.Records;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorSystemTest {

  private static final IndicatorSystem STANDARD = IndicatorSystem.standard2019();

  private static final Alliance A = Alliance.of("105", "TD 产业技术创新战略联盟");
  private final IndicatorSystem standard = IndicatorSystem.standard2019();

  @Test
  void standard_scoresTopRecord100AndZeroRecord0() {
    Scorecard top = standard.score(Records.top(A, 2019));
    assertEquals(Points.of(100), top.total());
    assertEquals(Points.of(25), top.subtotal("1"));
    assertEquals(Points.of(45), top.subtotal("2"));
    assertEquals(Points.of(30), top.subtotal("3"));
    Scorecard zero = standard.score(Records.zero(A, 2019));
    assertEquals(Points.of(0), zero.total());
  }

  @Test
  void scorecard_givesEveryIndicatorWithReason() {
    ActivityRecord.Builder b = ActivityRecord.builder(A, 2019);
    Records.zero(A, 2019).facts().forEach(b::fact);
    b.fact(Standard2019.SECRETARIAT_MEETINGS, 3);
    Scorecard card = standard.score(b.build());
    assertEquals(20, card.indicatorScores().size());
    IndicatorScore s14 = card.indicatorScores().get(3);
    assertEquals("1.4", s14.indicator().id());
    assertEquals(Points.of(2), s14.points());
    assertEquals(Points.of(2), s14.pointsLost());
    assertEquals("secretariat_meetings = 3: 2-3 meetings -> 2 of 4", s14.reason());
    assertEquals(Points.of(2), card.points("1.4"));
    assertEquals(Points.of(2), card.subtotal("1"));
    assertEquals(Points.of(2), card.total());
  }

  @Test
  void missingFacts_areListedInIndicatorOrder_andWebsiteIsNotRequired() {
    ActivityRecord r = ActivityRecord.builder(A, 2019).fact(Standard2019.COUNCIL_MEETINGS, 1).build();
    List<Fact> missing = standard.missingFacts(r);
    assertEquals(18, missing.size());
    assertEquals(Standard2019.EXPERT_COMMITTEE_MEETINGS, missing.get(0));
    assertTrue(!missing.contains(Standard2019.WEBSITE_MONTHS_SINCE_UPDATE));
    assertEquals(19, standard.requiredFacts().size());
    assertEquals(20, standard.facts().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> standard.score(r));
    assertTrue(e.getMessage().contains("105"), e.getMessage());
  }

  @Test
  void replacePolicy_keepsMaximum() {
    IndicatorSystem custom = standard.toBuilder().name("lenient standards")
        .replacePolicy("2.5", IndicatorPolicy.atLeast(Standard2019.STANDARDS, 1, 6)).build();
    ActivityRecord.Builder b = ActivityRecord.builder(A, 2019);
    Records.zero(A, 2019).facts().forEach(b::fact);
    b.fact(Standard2019.STANDARDS, 1);
    assertEquals(Points.of(6), custom.score(b.build()).points("2.5"));
    assertEquals(Points.of(3), standard.score(b.build()).points("2.5"));
    assertEquals(Points.of(6), custom.indicator("2.5").maxPoints());
  }

  @Test
  void buildProblems_sayWhichIndicatorGroupAndFieldTheyConcern_asData() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> standard.toBuilder().reweight("2.5", Points.of(10))
            .replacePolicy("1.1", IndicatorPolicy.atLeast(Standard2019.COUNCIL_MEETINGS, 1, 6))
            .total(99).build());
    List<InvalidInputException.Problem> p = e.problems();
    assertEquals(3, p.size(), e.getMessage());
    assertEquals(Optional.of("1.1"), p.get(0).indicator());
    assertEquals(Optional.of("policy"), p.get(0).field());
    assertEquals(Optional.empty(), p.get(0).group());
    assertEquals(Optional.of("2"), p.get(1).group());
    assertEquals(Optional.of("points"), p.get(1).field());
    assertEquals(Optional.empty(), p.get(1).indicator());
    assertEquals(Optional.of("total"), p.get(2).field());
    assertEquals(e.messages(), p.stream().map(InvalidInputException.Problem::message).toList());
  }

  @Test
  void reweight_withoutAdjustingTotals_reportsEveryMismatch() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> standard.toBuilder().reweight("2.5", Points.of(10)).build());
    assertEquals(List.of(
        "group 2: indicators add up to 49 points, expected the group's 45"), e.messages());

    InvalidInputException both = assertThrows(InvalidInputException.class,
        () -> standard.toBuilder().reweight("2.5", Points.of(10)).groupPoints("2", Points.of(49)).build());
    assertEquals(List.of("groups add up to 104 points, expected the total 100"), both.messages());
  }

  @Test
  void reweight_withTotalsAdjusted_scalesThePolicy() {
    IndicatorSystem custom = standard.toBuilder().reweight("2.5", Points.of(10)).reweight("2.9", Points.of(1))
        .build();
    assertEquals(Points.of(100), custom.score(Records.top(A, 2019)).total());
    assertEquals(Points.of(10), custom.score(Records.top(A, 2019)).points("2.5"));
    assertEquals(Points.of(1), custom.score(Records.top(A, 2019)).points("2.9"));
  }

  @Test
  void removeAndAdd_deriveASystem() {
    IndicatorSystem custom = standard.toBuilder()
        .remove("2.9")
        .indicator("2.10", "国际合作", "international cooperation", 5,
            IndicatorPolicy.atLeast(Fact.of("international_projects"), 1, 5))
        .build();
    assertEquals(20, custom.indicators().size());
    assertEquals("2.10", custom.indicators().get(14).id());
    assertTrue(custom.requiredFacts().contains(Fact.of("international_projects")));
    assertTrue(!custom.requiredFacts().contains(Standard2019.CROSS_ALLIANCE_COOPERATIONS));
  }

  @Test
  void policyWhoseMaximumExceedsTheIndicator_isRejectedAtBuild() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> standard.toBuilder().replacePolicy("1.1",
            IndicatorPolicy.atLeast(Standard2019.COUNCIL_MEETINGS, 1, 6)).build());
    assertEquals(List.of("indicator 1.1: policy can give 6 points, more than the maximum 5"),
        e.messages());
  }

  @Test
  void builder_unknownIdsAndStructuralProblems() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> standard.toBuilder().remove("9.9"));
    assertTrue(unknown.getMessage().contains("'9.9'"), unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> standard.toBuilder()
        .indicator("1.1", "x", "x", 1, IndicatorPolicy.atLeast(Standard2019.STANDARDS, 1, 1)));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> IndicatorSystem.builder("empty").build());
    assertTrue(e.messages().containsAll(List.of("no total declared", "no indicators")));
    InvalidInputException orphan = assertThrows(InvalidInputException.class,
        () -> IndicatorSystem.builder("orphan").total(5)
            .group("1", "组", "group", 5)
            .indicator("2.1", "x", "x", 5, IndicatorPolicy.atLeast(Standard2019.STANDARDS, 1, 5))
            .build());
    assertEquals(List.of("indicator 2.1: no group '2'", "group 1: has no indicators"),
        orphan.messages());
  }

  @Test
  void userPolicy_ofOneFact_declaresIt() {
    IndicatorPolicy p = IndicatorPolicy.of(Standard2019.STANDARDS,
        n -> Assessment.of(Math.min(n, 3) * 2, n + " standards"));
    assertEquals(Set.of(Standard2019.STANDARDS), p.requiredFacts());
    ActivityRecord r = ActivityRecord.builder(A, 2019).fact(Standard2019.STANDARDS, 2).build();
    assertEquals(Assessment.of(4, "2 standards"), p.assess(r));
    assertEquals(Points.of(4), p.points(r));
  }

  @Test
  void brokenUserPolicies_areReportedByAllianceAndIndicator() {
    IndicatorSystem broken = standard.toBuilder()
        .replacePolicy("1.1", r -> { throw new IllegalStateException("boom"); })
        .replacePolicy("1.2", r -> Assessment.of(7, "too many"))
        .replacePolicy("1.3", r -> Assessment.of(-1, "negative"))
        .replacePolicy("1.4", r -> null)
        .build();
    PolicyFailureException e = assertThrows(PolicyFailureException.class,
        () -> broken.score(Records.top(A, 2019)));
    assertEquals(4, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).startsWith("alliance 105, indicator 1.1: policy")
        && e.problems().get(0).contains("boom"), e.problems().get(0));
    assertTrue(e.problems().get(1).startsWith("alliance 105, indicator 1.2")
        && e.problems().get(1).contains("returned 7 points, expected 0 to 4"), e.getMessage());
    assertTrue(e.problems().get(2).contains("returned -1 points"), e.getMessage());
    assertTrue(e.problems().get(3).startsWith("alliance 105, indicator 1.4")
        && e.problems().get(3).contains("null"), e.getMessage());
  }

  @Test
  void valueTypes_equalsAndNulls() {
    IndicatorGroup g1 = IndicatorGroup.of("1", "组织机构建设与运行", "Organisation & operation", 25);
    new EqualsTester()
        .addEqualityGroup(g1, IndicatorGroup.of("1", "组织机构建设与运行", "Organisation & operation", 25))
        .addEqualityGroup(IndicatorGroup.of("1", "组织机构建设与运行", "Organisation & operation", 20))
        .testEquals();
    Indicator i = Indicator.of("1.1", g1, "理事会", "council meetings", 5);
    new EqualsTester()
        .addEqualityGroup(i, Indicator.of("1.1", g1, "理事会", "council meetings", 5))
        .addEqualityGroup(Indicator.of("1.1", g1, "理事会", "council meetings", 6))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new IndicatorScore(i, Points.of(5), "r"), new IndicatorScore(i, Points.of(5), "r"))
        .addEqualityGroup(new IndicatorScore(i, Points.of(4), "r"))
        .addEqualityGroup(new IndicatorScore(i, Points.of(5), "other"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Assessment.of(1, "a"), Assessment.lazy(Points.of(1), () -> "a"))
        .addEqualityGroup(Assessment.of(2, "a"))
        .testEquals();
    assertThrows(IllegalArgumentException.class, () -> new IndicatorScore(i, Points.of(6), "r"));
    assertThrows(IllegalArgumentException.class, () -> new IndicatorScore(i, Points.of(-1), "r"));
    assertThrows(IllegalArgumentException.class, () -> Indicator.of("2.1", g1, "x", "x", 1));
    assertThrows(IllegalArgumentException.class, () -> Indicator.of("1", g1, "x", "x", 1));
    assertThrows(IllegalArgumentException.class, () -> Indicator.of("1.1", g1, "x", "x", 0));
    assertThrows(IllegalArgumentException.class, () -> IndicatorGroup.of("a", "x", "x", 1));
    NullPointerTester npt = new NullPointerTester()
        .setDefault(IndicatorGroup.class, g1)
        .setDefault(Indicator.class, i)
        .setDefault(Fact.class, Standard2019.STANDARDS)
        .setDefault(IndicatorPolicy.class, IndicatorPolicy.atLeast(Standard2019.STANDARDS, 1, 1))
        .setDefault(ActivityRecord.class, Records.top(A, 2019));
    npt.testAllPublicStaticMethods(IndicatorGroup.class);
    npt.testAllPublicStaticMethods(Indicator.class);
    npt.testAllPublicStaticMethods(IndicatorScore.class);
    npt.testAllPublicStaticMethods(Assessment.class);
    npt.testAllPublicStaticMethods(IndicatorPolicy.class);
    npt.testAllPublicInstanceMethods(standard);
    npt.testAllPublicInstanceMethods(standard.toBuilder());
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
  void indicatorIds_orderNumerically_withinAGroup() {
    IndicatorSystem s = IndicatorSystem.builder("order").total(10)
        .group("1", "组", "group", 10)
        .indicator("1.10", "十", "ten", 5, IndicatorPolicy.atLeast(Standard2019.STANDARDS, 1, 5))
        .indicator("1.2", "二", "two", 5, IndicatorPolicy.atLeast(Standard2019.TREND_STUDIES, 1, 5))
        .build();
    assertEquals(List.of("1.2", "1.10"), s.indicators().stream().map(Indicator::id).toList());
    assertEquals(List.of(Standard2019.TREND_STUDIES, Standard2019.STANDARDS), s.requiredFacts());
  }
}
