package io.allianceeval.activity;

import static io.allianceeval.activity.ActivityFixtures.SORGHUM;
import static io.allianceeval.activity.ActivityFixtures.TD;
import static io.allianceeval.activity.ActivityFixtures.event;
import static io.allianceeval.activity.ActivityFixtures.kind;
import static io.allianceeval.activity.ActivityFixtures.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.NonParticipant;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Fact;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.scoring.IndicatorPolicy;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Standard2019;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TallyTest {

  static int fact(ActivityRecord r, Fact f) {
    return r.fact(f).orElseThrow();
  }

  @Test
  void standardKinds_are18EventsAndTheTwoStates_inIndicatorOrder() {
    assertEquals(20, ActivityFixtures.KINDS.kinds().size());
    assertEquals(Standard2019.facts(), ActivityFixtures.KINDS.kinds().stream().map(ActivityKind::fact).toList());
    assertEquals(18, ActivityFixtures.KINDS.kinds().stream().filter(k -> !k.isState()).count());
    assertEquals(ActivityKind.Measure.LATEST_VALUE,
        ActivityFixtures.kind("secretariat_full_time_staff").measure());
    assertEquals(ActivityKind.Measure.MONTHS_SINCE_LATEST, ActivityFixtures.kind("website_update").measure());
    assertTrue(ActivityFixtures.KINDS.kind("website_months_since_update").isEmpty(),
        "the website fact is given by website_update entries");
  }

  @Test
  void eventKind_countsOnlyEntriesDatedInThePeriod_andListsTheOthersAsExcluded() {
    List<Activity> log = List.of(
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "secretariat_meetings", "2018-12-31", "上年会议"),
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "secretariat_meetings", "2019-01-01", "第一次"),
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "secretariat_meetings", "2019-06-03", "第二次"),
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "secretariat_meetings", "2019-12-31", "第三次"),
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "secretariat_meetings", "2020-01-01", "下年会议"));
    TallyResult r = Tally.forYear(2019).tally(log);
    assertEquals(3, fact(r.records().get(0), Standard2019.SECRETARIAT_MEETINGS));
    assertEquals(List.of(log.get(0), log.get(4)), r.excluded());
    assertEquals(0, fact(r.records().get(0), Standard2019.COUNCIL_MEETINGS),
        "a kind without entries counts 0");
  }

  @Test
  void customPeriod_countsItsOwnDays() {
    List<Activity> log = List.of(
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "standards", "2019-03-31", "标准甲"),
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "standards", "2019-04-01", "标准乙"));
    TallyResult r = Tally.forYear(2019).withPeriod(Period.parse("2019-04-01..2020-03-31"))
        .tally(log);
    assertEquals(1, fact(r.records().get(0), Standard2019.STANDARDS));
    assertEquals(List.of(log.get(0)), r.excluded());
  }

  @Test
  void duplicates_sameCodeKindDateAndTitleAfterNfkcAndTrimming_countOnce() {
    List<Activity> log = List.of(
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "media_reports", "2019-05-01", "报道（一）"),
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "media_reports", "2019-05-01", " 报道(一) ").withEvidence("http://x"),
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "media_reports", "2019-05-02", "报道（一）"),
        ActivityFixtures.event(ActivityFixtures.TD, "media_reports", "2019-05-01", "报道（一）"));
    TallyResult r = Tally.forYear(2019).tally(log);
    assertEquals(2, fact(r.records().get(1), Standard2019.MEDIA_REPORTS), "342: other date counts");
    assertEquals(1, fact(r.records().get(0), Standard2019.MEDIA_REPORTS), "105: other alliance");
    assertEquals(List.of(log.get(1)), r.duplicates());
  }

  @Test
  void staff_isTheLatestValueOnOrBeforeTheEnd_evenFromBeforeTheStart_andZeroWithNone() {
    List<Activity> log = List.of(
        ActivityFixtures.staff(ActivityFixtures.SORGHUM, "2018-03-01", 1),
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "council_meetings", "2019-04-01", "理事会"),
        ActivityFixtures.event(ActivityFixtures.TD, "council_meetings", "2019-04-01", "理事会"),
        ActivityFixtures.staff(ActivityFixtures.TD, "2017-01-01", 5),
        ActivityFixtures.staff(ActivityFixtures.TD, "2018-06-01", 2),
        ActivityFixtures.staff(ActivityFixtures.TD, "2020-01-02", 9));
    TallyResult r = Tally.forYear(2019).tally(log);
    ActivityRecord td = r.records().get(0);
    ActivityRecord sorghum = r.records().get(1);
    assertEquals(2, fact(td, Standard2019.SECRETARIAT_FULL_TIME_STAFF));
    assertEquals(1, fact(sorghum, Standard2019.SECRETARIAT_FULL_TIME_STAFF));
    assertEquals(List.of(log.get(5)), r.excluded(), "a state after the end is excluded");
    TallyResult none = Tally.forYear(2019).tally(List.of(log.get(1)));
    assertEquals(0, fact(none.records().get(0), Standard2019.SECRETARIAT_FULL_TIME_STAFF));
  }

  @Test
  void website_isWholeMonthsSinceTheLatestUpdate_asChronoUnitCountsThem_andBlankWithNone() {
    for (String date : List.of("2019-12-31", "2019-07-01", "2019-06-30", "2019-01-01",
        "2018-12-31", "2017-02-28")) {
      LocalDate d = LocalDate.parse(date);
      TallyResult r = Tally.forYear(2019).tally(List.of(
          Activity.of(ActivityFixtures.SORGHUM, ActivityKinds.WEBSITE_UPDATE, d, "网站更新"),
          ActivityFixtures.event(ActivityFixtures.SORGHUM, "council_meetings", "2019-04-01", "理事会")));
      assertEquals(ChronoUnit.MONTHS.between(d, LocalDate.of(2019, 12, 31)),
          fact(r.records().get(0), Standard2019.WEBSITE_MONTHS_SINCE_UPDATE), date);
    }
    TallyResult none = Tally.forYear(2019).tally(List.of(
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "council_meetings", "2019-04-01", "理事会")));
    assertTrue(none.records().get(0).fact(Standard2019.WEBSITE_MONTHS_SINCE_UPDATE).isEmpty(),
        "no update: no website");
    var card = IndicatorSystem.standard2019().score(none.records().get(0));
    assertEquals(Points.of(0), card.points("1.5"));
  }

  @Test
  void alliancesWithNoEntryInThePeriod_areIneligible_withTheirOwnReason() {
    Alliance d101 = Alliance.of("D101", "食醋产业技术创新战略联盟");
    TallyResult r = Tally.forYear(2019).withRoster(List.of(ActivityFixtures.SORGHUM, ActivityFixtures.TD, d101)).tally(List.of(
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "council_meetings", "2019-04-01", "理事会"),
        ActivityFixtures.event(ActivityFixtures.TD, "council_meetings", "2018-04-01", "去年的理事会"),
        ActivityFixtures.staff(ActivityFixtures.TD, "2019-02-01", 2)));
    assertEquals(List.of(AllianceCode.parse("105"), AllianceCode.parse("342")),
        r.records().stream().map(ActivityRecord::code).toList(),
        "a state entry dated in the period is an entry");
    assertEquals(List.of(NonParticipant.ineligible(d101, "no entry dated in the period")),
        r.ineligible());

    TallyResult onlyOld = Tally.forYear(2019).tally(List.of(
        ActivityFixtures.event(ActivityFixtures.TD, "council_meetings", "2018-04-01", "去年的理事会")));
    assertEquals(List.of(), onlyOld.records());
    assertEquals(NonParticipant.Reason.INELIGIBLE, onlyOld.ineligible().get(0).reason());

    EvaluationResult result = r.evaluate(Evaluation.forYear(2019));
    assertEquals(3, result.population().total());
    assertEquals(1, result.nonParticipants().size());
    assertEquals("no entry dated in the period", result.nonParticipants().get(0).explanation());
  }

  @Test
  void aStricterRule_isOneLine() {
    List<Activity> log = List.of(
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "council_meetings", "2019-04-01", "理事会"),
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "standards", "2019-05-01", "标准"),
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "media_reports", "2019-06-01", "报道"),
        ActivityFixtures.event(ActivityFixtures.TD, "council_meetings", "2019-04-01", "理事会"),
        ActivityFixtures.event(ActivityFixtures.TD, "media_reports", "2019-06-01", "报道"));
    TallyResult r = Tally.forYear(2019)
        .withEligibility(Eligibility.entryInEachGroup(IndicatorSystem.standard2019()))
        .tally(log);
    assertEquals(List.of(ActivityFixtures.SORGHUM), r.records().stream().map(ActivityRecord::alliance).toList());
    assertEquals("no entry dated in the period for 2 协同创新活动",
        r.ineligible().get(0).explanation());
    TallyResult three = Tally.forYear(2019).withEligibility(Eligibility.atLeast(3)).tally(log);
    assertEquals("2 entries dated in the period, at least 3 required",
        three.ineligible().get(0).explanation());
  }

  @Test
  void badLog_everyProblemAtOnce_withPositionsAndFields() {
    ActivityKind own = ActivityKind.event(Fact.of("exhibitions"));
    Alliance stranger = Alliance.of("399", "名单外联盟");
    List<Activity> log = List.of(
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "council_meetings", "2019-04-01", "理事会"),
        Activity.of(ActivityFixtures.SORGHUM, own, LocalDate.of(2019, 5, 1), "展会"),
        ActivityFixtures.event(stranger, "council_meetings", "2019-04-01", "理事会"),
        ActivityFixtures.staff(ActivityFixtures.SORGHUM, "2019-03-01", 2),
        ActivityFixtures.staff(ActivityFixtures.SORGHUM, "2019-03-01", 3),
        ActivityFixtures.event(stranger, "standards", "2019-04-02", "标准"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Tally.forYear(2019).withRoster(List.of(ActivityFixtures.SORGHUM)).tally(log));
    assertEquals(3, e.problems().size(), e.messages().toString());
    assertEquals(List.of(1), e.problems().get(0).positions());
    assertEquals(Optional.of("kind"), e.problems().get(0).field());
    assertTrue(e.problems().get(0).message().contains("kind exhibitions is not one of"));
    assertEquals(List.of(2, 5), e.problems().get(1).positions());
    assertEquals("alliance 399: not on the roster (2 entries)", e.problems().get(1).message());
    assertEquals(Optional.of("value"), e.problems().get(2).field());
    assertTrue(e.problems().get(2).message().contains("entered as 2 and as 3"));
  }

  @Test
  void twoStaffCountsForOneDay_areAConflict_whateverTheOrderOfTheLog() {
    List<Activity> log = new ArrayList<>(List.of(
        ActivityFixtures.staff(ActivityFixtures.SORGHUM, "2019-05-01", 4),
        ActivityFixtures.staff(ActivityFixtures.SORGHUM, "2019-03-01", 2),
        ActivityFixtures.staff(ActivityFixtures.SORGHUM, "2019-03-01", 3)));
    for (int shift = 0; shift < log.size(); shift++) {
      java.util.Collections.rotate(log, 1);
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> Tally.forYear(2019).tally(log), "rotation " + shift);
      assertEquals(1, e.problems().size());
      assertTrue(e.problems().get(0).message().contains("secretariat_full_time_staff on "
          + "2019-03-01 is entered as"), e.problems().get(0).message());
    }
  }

  @Test
  void activity_refusesAValueWhereNoneBelongs_andNoValueWhereOneDoes() {
    LocalDate d = LocalDate.of(2019, 1, 1);
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> new Activity(ActivityFixtures.SORGHUM, ActivityKinds.STAFF, d, "人员", Optional.empty(),
            OptionalInt.empty()));
    assertEquals("alliance 342, secretariat_full_time_staff on 2019-01-01: a value is required "
        + "(a whole number of at least 0)", missing.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Activity.of(ActivityFixtures.SORGHUM, ActivityFixtures.kind("council_meetings"), d, "理事会", 1));
    assertThrows(IllegalArgumentException.class,
        () -> Activity.of(ActivityFixtures.SORGHUM, ActivityKinds.WEBSITE_UPDATE, d, "网站", 1));
    assertThrows(IllegalArgumentException.class,
        () -> Activity.of(ActivityFixtures.SORGHUM, ActivityKinds.STAFF, d, "人员", -1));
    assertThrows(IllegalArgumentException.class,
        () -> Activity.of(ActivityFixtures.SORGHUM, ActivityFixtures.kind("council_meetings"), d, "  "));
    assertEquals(Optional.empty(), Activity.of(ActivityFixtures.SORGHUM, ActivityFixtures.kind("council_meetings"), d, "理事会")
        .withEvidence("  ").evidence(), "blank evidence is none");
  }

  @Test
  void period_parsesAndRefusesWhatIsNotAPeriod() {
    assertEquals(Period.year(2019), Period.parse("2019-01-01..2019-12-31"));
    assertEquals("2019-01-01..2019-12-31", Period.year(2019).toString());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> Period.parse("2019-02-30..2019-12-31")).getMessage().contains("2019-02-30"));
    assertThrows(IllegalArgumentException.class, () -> Period.parse("2019"));
    assertThrows(IllegalArgumentException.class, () -> Period.parse("2019-12-31..2019-01-01"));
  }

  @Test
  void trace_listsTheEntriesEachScoreWasCountedFrom() {
    List<Activity> log = new ArrayList<>(List.of(
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "secretariat_meetings", "2019-11-20", "第三次秘书处工作会议"),
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "secretariat_meetings", "2019-02-11", "第一次秘书处工作会议"),
        ActivityFixtures.event(ActivityFixtures.SORGHUM, "secretariat_meetings", "2019-06-03", "第二次秘书处工作会议"),
        ActivityFixtures.staff(ActivityFixtures.SORGHUM, "2018-05-01", 1),
        ActivityFixtures.staff(ActivityFixtures.SORGHUM, "2019-03-01", 2)));
    TallyResult r = Tally.forYear(2019).tally(log);
    var card = IndicatorSystem.standard2019().score(r.records().get(0));
    List<TallyResult.TracedScore> traced = r.trace(card);
    assertEquals(20, traced.size());
    assertEquals("1.4 秘书处工作会议: 2 of 4 — 3 entries: 2019-02-11 第一次秘书处工作会议, "
        + "2019-06-03 第二次秘书处工作会议, 2019-11-20 第三次秘书处工作会议", traced.get(3).toString());
    assertEquals("1.6 秘书处专职化、对外联络: 4 of 4 — 1 entry: 2019-03-01 专职人员 = 2",
        traced.get(5).toString());
    assertEquals("1.1 理事会: 0 of 5 — 0 entries", traced.get(0).toString());
    var other = IndicatorSystem.standard2019().score(
        Tally.forYear(2019).tally(List.of(log.get(0))).records().get(0));
    assertThrows(IllegalArgumentException.class, () -> r.trace(other));
  }

  @Test
  void aSystemOfYourOwn_addsItsOwnKinds() {
    Fact exhibitions = Fact.of("exhibitions", "exhibition", "exhibitions");
    IndicatorSystem system = IndicatorSystem.standard2019().toBuilder()
        .name("2020 试行")
        .remove("3.5")
        .indicator("3.5", "展会", "exhibitions", 5,
            IndicatorPolicy.atLeast(exhibitions, 2, 5))
        .build();
    ActivityKinds kinds = ActivityKinds.forSystem(system);
    assertTrue(kinds.kind("exhibitions").isPresent());
    assertTrue(kinds.kind("media_reports").isEmpty());
    ActivityKind own = kinds.kind("exhibitions").get();
    TallyResult r = Tally.forYear(2019).withKinds(kinds).tally(List.of(
        Activity.of(ActivityFixtures.SORGHUM, own, LocalDate.of(2019, 3, 1), "展会一"),
        Activity.of(ActivityFixtures.SORGHUM, own, LocalDate.of(2019, 9, 1), "展会二")));
    assertEquals(2, fact(r.records().get(0), exhibitions));
    Participant p = r.evaluate(Evaluation.forYear(2019).withIndicatorSystem(system))
        .participants().get(0);
    assertEquals(Points.of(5), p.scorecard().orElseThrow().points("3.5"));
  }

  @Test
  void kinds_refuseTwoKindsForOneFact() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActivityFixtures.KINDS.with(
        new ActivityKind("staff_changes", Standard2019.SECRETARIAT_FULL_TIME_STAFF,
            ActivityKind.Measure.COUNT)));
    assertEquals("activity kinds secretariat_full_time_staff and staff_changes both give the fact "
        + "secretariat_full_time_staff", e.getMessage());
    assertEquals(ActivityFixtures.KINDS, ActivityFixtures.KINDS.with(ActivityKinds.STAFF), "replacing a kind by itself");
  }

  @Test
  void evaluation_refusesAnAllianceThatIsBothScoredAndIneligible() {
    ActivityRecord r = ActivityRecord.builder(ActivityFixtures.SORGHUM, 2019).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Evaluation
        .forYear(2019).score(List.of(r), List.of(NonParticipant.ineligible(ActivityFixtures.SORGHUM, "无"))));
    assertEquals(List.of(0, 1), e.problems().get(0).positions());
    assertThrows(IllegalArgumentException.class, () -> Evaluation.forYear(2019)
        .score(List.of(), List.of(NonParticipant.noRecord(ActivityFixtures.SORGHUM))));
    assertFalse(Evaluation.forYear(2019).score(List.of(), List.of(
        NonParticipant.ineligible(ActivityFixtures.SORGHUM, "无"))).nonParticipants().isEmpty());
  }

  @Test
  void forYear_acceptsTheLibrarysYears() {
    assertEquals(2000, Tally.forYear(2000).year());
    assertEquals(2100, Tally.forYear(2100).year());
    assertEquals("year must be from 2000 to 2100: 1999",
        assertThrows(IllegalArgumentException.class, () -> Tally.forYear(1999)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Tally.forYear(2101));
    assertEquals("roster lists alliance 342 twice", assertThrows(IllegalArgumentException.class,
        () -> Tally.forYear(2019).withRoster(List.of(SORGHUM, SORGHUM))).getMessage());
    assertEquals(Optional.of(List.of(SORGHUM)),
        Tally.forYear(2019).withRoster(List.of(SORGHUM)).roster());
    assertEquals(Optional.empty(), Tally.forYear(2019).roster());
  }
}
