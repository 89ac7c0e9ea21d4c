package io.allianceeval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Batch;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.Assessment;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.PolicyFailureException;
import io.allianceeval.scoring.Standard2019;
import io.allianceeval.scoring.TierScheme;
import io.allianceeval.testing.Records;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private static final Alliance A105 = Alliance.of("105", "TD 产业技术创新战略联盟");
  private static final Alliance A110 = Alliance.of("110", "半导体照明产业技术创新战略联盟");
  private static final Alliance A212 = Alliance.of("212", "电动汽车产业技术创新战略联盟");
  private static final Alliance A342 = Alliance.of("342", "高粱产业技术创新战略联盟");
  private static final Alliance D103 = Alliance.of("D103", "水环境治理产业技术创新战略联盟");

  /** A record scoring exactly {@code secretariat} points on 1.4 plus everything else at top. */
  private static ActivityRecord withSecretariat(Alliance a, int meetings) {
    ActivityRecord.Builder b = ActivityRecord.builder(a, 2019);
    Records.top(a, 2019).facts().forEach(b::fact);
    return b.fact(Standard2019.SECRETARIAT_MEETINGS, meetings).build();
  }

  @Test
  void quickStart_scoresEveryRecord() {
    EvaluationResult result = Evaluation.forYear(2019).score(List.of(
        Records.top(A105, 2019), Records.zero(A342, 2019)));
    assertEquals(2019, result.year());
    assertEquals(2, result.participantCount());
    Participant first = result.participants().get(0);
    assertEquals(A105, first.alliance());
    assertEquals(Optional.of(Points.of(100)), first.total());
    assertEquals(OptionalInt.of(100), first.roundedTotal());
    assertEquals(Tier.HIGH, first.tier());
    assertEquals(OptionalInt.of(1), first.rank());
    assertEquals(20, first.scorecard().get().indicatorScores().size());
    Participant last = result.participants().get(1);
    assertEquals(Tier.INACTIVE, last.tier());
    assertEquals(OptionalInt.of(2), last.rank());
    assertTrue(result.scoredFromRecords());
    assertEquals("standard 2019", result.indicatorSystem().name());
  }

  @Test
  void participants_orderByTotalThenCode_withCompetitionRanks() {
    // 110 and 105 tie at 100; D103 and 212 tie at 97; 342 at 98
    EvaluationResult r = Evaluation.forYear(2019).score(List.of(
        withSecretariat(D103, 1), Records.top(A110, 2019), withSecretariat(A342, 2),
        withSecretariat(A212, 1), Records.top(A105, 2019)));
    assertEquals(List.of("105", "110", "342", "212", "D103"),
        r.participants().stream().map(p -> p.code().toString()).toList());
    assertEquals(List.of(1, 1, 3, 4, 4),
        r.participants().stream().map(p -> p.rank().getAsInt()).toList());
  }

  @Test
  void recordLackingFacts_makesANonParticipantWithTheFactsNamed() {
    ActivityRecord lacking = ActivityRecord.builder(A342, 2019).fact(Standard2019.COUNCIL_MEETINGS, 1)
        .build();
    EvaluationResult r = Evaluation.forYear(2019).score(List.of(Records.top(A105, 2019), lacking));
    assertEquals(1, r.participantCount());
    NonParticipant np = r.nonParticipants().get(0);
    assertEquals(NonParticipant.Reason.MISSING_FACTS, np.reason());
    assertEquals(18, np.missingFacts().size());
    assertTrue(np.explanation().startsWith("missing facts: expert_committee_meetings, "),
        np.explanation());
    assertEquals(2, r.population().total());
    assertEquals(1, r.nonParticipantCount());
  }

  @Test
  void roster_namesAllianceWithoutRecord() {
    Evaluation e = Evaluation.forYear(2019)
        .withPopulation(Population.ofRoster(List.of(A105, A342, D103)));
    EvaluationResult r = e.score(List.of(Records.top(A105, 2019)));
    assertEquals(List.of(NonParticipant.noRecord(A342), NonParticipant.noRecord(D103)),
        r.nonParticipants());
    assertEquals("no record", r.nonParticipants().get(0).explanation());
    assertEquals(1, r.nonParticipantCount(Batch.THIRD));
    assertEquals(0, r.nonParticipantCount(Batch.FIRST));
  }

  @Test
  void counts_populationGivesNonParticipantCounts() {
    EvaluationResult r = Evaluation.forYear(2019)
        .withPopulation(Population.ofCounts(52, 39, 55, 11))
        .score(List.of(Records.top(A105, 2019)));
    assertEquals(157, r.population().total());
    assertEquals(51, r.nonParticipantCount(Batch.FIRST));
    assertEquals(156, r.nonParticipantCount());
    assertEquals(List.of(), r.nonParticipants());
  }

  @Test
  void badRecords_areAllReportedInOneMessage() {
    Evaluation e = Evaluation.forYear(2019)
        .withPopulation(Population.ofRoster(List.of(A105, A110, A342)));
    InvalidInputException ex = assertThrows(InvalidInputException.class, () -> e.score(List.of(
        Records.top(A105, 2018), Records.top(A110, 2019), Records.top(A110, 2019),
        Records.top(D103, 2019))));
    assertEquals(List.of(
        "alliance 105: record is for 2018, expected 2019",
        "alliance 110: 2 records, expected one",
        "alliance D103: not on the roster"), ex.messages());
    assertEquals(List.of(1, 2), ex.problems().get(1).positions());
    assertEquals(List.of(3), ex.problems().get(2).positions());
  }

  @Test
  void populationCountsSmallerThanABatchsRecords_isRejected() {
    Evaluation e = Evaluation.forYear(2019).withPopulation(Population.ofCounts(1, 0, 0, 0));
    InvalidInputException ex = assertThrows(InvalidInputException.class,
        () -> e.score(List.of(Records.top(A105, 2019), Records.top(A110, 2019))));
    assertEquals(List.of("FIRST batch: 2 alliances have a record, but the population counts only 1"),
        ex.messages());
  }

  @Test
  void brokenPolicy_failsTheEvaluationNamingEveryAllianceAndIndicator() {
    IndicatorSystem broken = IndicatorSystem.standard2019().toBuilder()
        .replacePolicy("2.2", r -> r.code().batch() == Batch.THIRD
            ? Assessment.of(9, "too much") : Assessment.of(6, "fine"))
        .build();
    PolicyFailureException ex = assertThrows(PolicyFailureException.class,
        () -> Evaluation.forYear(2019).withIndicatorSystem(broken)
            .score(List.of(Records.top(A105, 2019), Records.top(A342, 2019))));
    assertEquals(1, ex.problems().size());
    assertTrue(ex.problems().get(0).startsWith("alliance 342, indicator 2.2"), ex.getMessage());
  }

  @Test
  void systemTotallingMoreThanTheTierScheme_isAStateError() {
    IndicatorSystem big = IndicatorSystem.standard2019().toBuilder().reweight("1.1", Points.of(25))
        .groupPoints("1", Points.of(45)).total(120).build();
    IllegalStateException ex = assertThrows(IllegalStateException.class,
        () -> Evaluation.forYear(2019).withIndicatorSystem(big).score(List.of()));
    assertTrue(ex.getMessage().contains("120") && ex.getMessage().contains("0 to 100"));
  }

  @Test
  void customTierScheme_isUsed() {
    TierScheme strict = TierScheme.standard().withRounding(RoundingMode.DOWN);
    ActivityRecord r = withSecretariat(A105, 0); // 96
    assertEquals(Tier.HIGH, Evaluation.forYear(2019).withTierScheme(strict).score(List.of(r))
        .participants().get(0).tier());
  }

  @Test
  void forYear_outOfRange_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Evaluation.forYear(20199));
    assertTrue(e.getMessage().contains("20199"));
  }

  @Test
  void evaluation_isImmutableConfiguration() {
    Evaluation base = Evaluation.forYear(2019);
    Evaluation counted = base.withPopulation(Population.ofCounts(52, 39, 55, 11));
    assertNotSame(base, counted);
    assertTrue(base.population().isEvaluated());
    assertEquals(counted, base.withTierScheme(TierScheme.standard())
        .withPopulation(Population.ofCounts(52, 39, 55, 11)));
    new EqualsTester()
        .addEqualityGroup(base, Evaluation.forYear(2019))
        .addEqualityGroup(Evaluation.forYear(2018))
        .addEqualityGroup(counted)
        .testEquals();
  }

  @Test
  void publishedResults_becomeAResult() {
    EvaluationResult r = Evaluation.forYear(2019).fromPublished(List.of(
        PublishedResult.tierOnly(A110, Tier.INACTIVE),
        PublishedResult.of(A342, 80, Tier.FAIRLY_HIGH),
        PublishedResult.scored(A105, Points.parse("84.5"))));
    assertEquals(List.of("105", "342", "110"),
        r.participants().stream().map(p -> p.code().toString()).toList());
    assertEquals(Tier.HIGH, r.participants().get(0).tier());
    assertEquals(OptionalInt.of(85), r.participants().get(0).roundedTotal());
    assertEquals(OptionalInt.empty(), r.participants().get(2).rank());
    assertEquals(Optional.empty(), r.participants().get(0).scorecard());
    assertFalse(r.scoredFromRecords());
    assertEquals("standard 2019", r.indicatorSystem().name());
  }

  @Test
  void badPublishedResults_areAllReported() {
    InvalidInputException ex = assertThrows(InvalidInputException.class,
        () -> Evaluation.forYear(2019).fromPublished(List.of(
            PublishedResult.of(A342, 80, Tier.HIGH),
            PublishedResult.scored(A105, Points.parse("100.5")),
            PublishedResult.scored(A110, -1),
            PublishedResult.tierOnly(A342, Tier.INACTIVE))));
    assertEquals(4, ex.messages().size(), ex.getMessage());
    assertTrue(ex.messages().get(0).startsWith(
        "alliance 342: tier HIGH disagrees with score 80, which is FAIRLY_HIGH"), ex.getMessage());
    assertEquals(Optional.of("tier"), ex.problems().get(0).field());
    assertEquals("alliance 105: score must be from 0 to 100: 100.5", ex.messages().get(1));
    assertEquals(Optional.of("score"), ex.problems().get(1).field());
    assertEquals(List.of(0, 3), ex.problems().get(3).positions());
    assertEquals("alliance 110: score must be from 0 to 100: -1", ex.messages().get(2));
    assertEquals("alliance 342: 2 results, expected one", ex.messages().get(3));
    assertThrows(NullPointerException.class, () -> PublishedResult.scored(A105, (Points) null));
  }

  @Test
  void valueTypes_equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Population.ofCounts(52, 39, 55, 11), Population.ofCounts(
            java.util.Map.of(Batch.FIRST, 52, Batch.SECOND, 39, Batch.THIRD, 55, Batch.NETWORK, 11)))
        .addEqualityGroup(Population.ofRoster(List.of(A105)))
        .addEqualityGroup(Population.evaluated())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PublishedResult.scored(A105, 90), PublishedResult.scored(A105, 90))
        .addEqualityGroup(PublishedResult.of(A105, 90, Tier.HIGH))
        .addEqualityGroup(PublishedResult.tierOnly(A105, Tier.HIGH))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(NonParticipant.noRecord(A105), NonParticipant.noRecord(A105))
        .addEqualityGroup(NonParticipant.missingFacts(A105, List.of(Standard2019.STANDARDS)))
        .testEquals();
    assertThrows(InvalidInputException.class, () -> Population.ofCounts(-1, 0, 0, 0));
    assertThrows(InvalidInputException.class, () -> Population.ofRoster(List.of(A105, A105)));
    assertThrows(IllegalStateException.class, () -> Population.evaluated().total());
    NullPointerTester npt = new NullPointerTester()
        .setDefault(Alliance.class, A105)
        .setDefault(Tier.class, Tier.HIGH);
    npt.testAllPublicStaticMethods(PublishedResult.class);
    npt.testAllPublicStaticMethods(NonParticipant.class);
    npt.testAllPublicStaticMethods(Population.class);
    npt.testAllPublicStaticMethods(Evaluation.class);
    npt.testAllPublicInstanceMethods(Evaluation.forYear(2019));
    npt.testAllPublicInstanceMethods(
        Evaluation.forYear(2019).score(List.of(Records.top(A105, 2019))));
    npt.testAllPublicInstanceMethods(Population.ofCounts(1, 2, 3, 4));
  }

  @Test
  void forYear_isTheOnlyWayIn_andTheConfigurationReadsBack() {
    Evaluation e = Evaluation.forYear(2019);
    assertEquals(2019, e.year());
    assertEquals(IndicatorSystem.standard2019(), e.indicatorSystem());
    assertEquals(TierScheme.standard(), e.tierScheme());
    assertEquals(Population.evaluated(), e.population());
    assertEquals(2000, Evaluation.forYear(2000).year());
    assertEquals(2100, Evaluation.forYear(2100).year());
    assertThrows(IllegalArgumentException.class, () -> Evaluation.forYear(1999));
    assertThrows(IllegalArgumentException.class, () -> Evaluation.forYear(2101));
    assertEquals(0, java.util.Arrays.stream(Evaluation.class.getConstructors()).count(),
        "no public constructor beside forYear");
    new EqualsTester()
        .addEqualityGroup(Evaluation.forYear(2019), Evaluation.forYear(2019))
        .addEqualityGroup(Evaluation.forYear(2018))
        .addEqualityGroup(Evaluation.forYear(2019).withTierScheme(
            TierScheme.standard().withRounding(RoundingMode.DOWN)))
        .addEqualityGroup(Evaluation.forYear(2019).withPopulation(Population.ofCounts(1, 1, 1, 1)))
        .testEquals();
  }
}
