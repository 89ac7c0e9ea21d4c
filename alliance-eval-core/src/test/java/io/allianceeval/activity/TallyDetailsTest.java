package io.allianceeval.activity;

import static io.allianceeval.activity.TallyTest.SORGHUM;
import static io.allianceeval.activity.TallyTest.TD;
import static io.allianceeval.activity.TallyTest.event;
import static io.allianceeval.activity.TallyTest.kind;
import static io.allianceeval.activity.TallyTest.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.NonParticipant;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Fact;
import io.allianceeval.scoring.Assessment;
import io.allianceeval.scoring.IndicatorPolicy;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Standard2019;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tally's orderings, lookups, texts and value types. */
class TallyDetailsTest {

  @Test
  void eligibility_seesTheEntriesInDateOrder_entriesOfOneDayInLogOrder() {
    List<List<String>> seen = new ArrayList<>();
    Eligibility recording = entries -> {
      seen.add(entries.stream().map(Activity::title).toList());
      return Optional.empty();
    };
    Tally.forYear(2019).withEligibility(recording).tally(List.of(
        event(SORGHUM, "standards", "2019-09-01", "九月"),
        event(SORGHUM, "media_reports", "2019-01-05", "一月乙"),
        event(SORGHUM, "standards", "2019-01-05", "一月甲"),
        event(SORGHUM, "council_meetings", "2019-03-01", "三月")));
    assertEquals(List.of(List.of("一月乙", "一月甲", "三月", "九月")), seen);
  }

  @Test
  void entriesAndCounted_areByDate_andIncludeTheLatestStateFromBeforeTheStart() {
    Activity before = staff(SORGHUM, "2018-05-01", 2);
    Activity older = staff(SORGHUM, "2017-05-01", 9);
    TallyResult r = Tally.forYear(2019).tally(List.of(
        event(SORGHUM, "standards", "2019-09-01", "标准乙"),
        older,
        event(SORGHUM, "standards", "2019-02-01", "标准甲"),
        before));
    assertEquals(List.of("2018-05-01", "2019-02-01", "2019-09-01"),
        r.entries(SORGHUM.code()).stream().map(a -> a.date().toString()).toList());
    assertEquals(List.of("标准甲", "标准乙"), r.counted(SORGHUM.code(), Standard2019.STANDARDS)
        .stream().map(Activity::title).toList());
    assertEquals(List.of(before), r.counted(SORGHUM.code(),
        Standard2019.SECRETARIAT_FULL_TIME_STAFF));
    assertEquals(List.of(), r.entries(AllianceCode.parse("399")));
    assertEquals(List.of(), r.counted(AllianceCode.parse("399"), Standard2019.STANDARDS));
    assertEquals(Period.year(2019), r.period());
    assertEquals(2019, r.tally().year());
  }

  @Test
  void twoStatesOnOneDay_withOneValue_keepTheFirstTitle_whateverTheOrder() {
    Activity a = Activity.of(SORGHUM, ActivityKinds.STAFF, LocalDate.of(2019, 3, 1), "乙", 2);
    Activity b = Activity.of(SORGHUM, ActivityKinds.STAFF, LocalDate.of(2019, 3, 1), "甲", 2);
    Activity earlier = staff(SORGHUM, "2019-01-01", 5);
    for (List<Activity> log : List.of(List.of(a, b, earlier), List.of(earlier, b, a))) {
      TallyResult r = Tally.forYear(2019).tally(log);
      assertEquals(List.of(a.title().compareTo(b.title()) < 0 ? a : b),
          r.counted(SORGHUM.code(), Standard2019.SECRETARIAT_FULL_TIME_STAFF), log.toString());
      assertEquals(2, r.records().get(0).fact(Standard2019.SECRETARIAT_FULL_TIME_STAFF)
          .getAsInt());
    }
  }

  @Test
  void differentTitlesOnOneDay_areTwoEntries() {
    TallyResult r = Tally.forYear(2019).tally(List.of(
        event(SORGHUM, "media_reports", "2019-05-01", "人民日报报道"),
        event(SORGHUM, "media_reports", "2019-05-01", "科技日报报道")));
    assertEquals(2, r.records().get(0).fact(Standard2019.MEDIA_REPORTS).getAsInt());
    assertEquals(List.of(), r.duplicates());
  }

  @Test
  void trace_ofAPolicyReadingTwoFacts_mergesTheirEntriesByDate() {
    IndicatorPolicy both = IndicatorPolicy.of(Set.of(Standard2019.STANDARDS,
        Standard2019.MEDIA_REPORTS), record -> Assessment.of(Math.min(6,
        record.fact(Standard2019.STANDARDS, 0) + record.fact(Standard2019.MEDIA_REPORTS, 0)),
        "standards and reports"));
    IndicatorSystem system = IndicatorSystem.standard2019().toBuilder()
        .replacePolicy("2.5", both).build();
    TallyResult r = Tally.forYear(2019).tally(List.of(
        event(SORGHUM, "standards", "2019-09-01", "标准"),
        event(SORGHUM, "media_reports", "2019-02-01", "报道"),
        event(SORGHUM, "standards", "2019-04-01", "标准二")));
    var traced = r.trace(system.score(r.records().get(0))).get(10);
    assertEquals("2.5", traced.score().indicator().id());
    assertEquals(List.of("报道", "标准二", "标准"), traced.entries().stream().map(Activity::title)
        .toList());
  }

  @Test
  void ineligible_fromAnyOrder_areNonParticipantsByCode() {
    var result = Evaluation.forYear(2019).score(List.of(), List.of(
        NonParticipant.ineligible(SORGHUM, "无"), NonParticipant.ineligible(TD, "无")));
    assertEquals(List.of(TD.code(), SORGHUM.code()), result.nonParticipants().stream()
        .map(NonParticipant::code).toList());
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

  @Test
  void texts_arePlainToRead() {
    Tally tally = Tally.forYear(2019).withRoster(List.of(SORGHUM));
    assertEquals("Tally{2019, 2019-01-01..2019-12-31, 20 kinds, roster of 1}", tally.toString());
    assertEquals("Tally{2019, 2019-01-01..2019-12-31, 20 kinds}",
        Tally.forYear(2019).toString());
    TallyResult r = tally.tally(List.of(event(SORGHUM, "standards", "2018-02-01", "旧"),
        event(SORGHUM, "standards", "2019-02-01", "新")));
    assertEquals("TallyResult{2019-01-01..2019-12-31: records 1, ineligible 0, excluded 1, "
        + "duplicates 0}", r.toString());
    assertEquals("342 2019-03-01 secretariat_full_time_staff 专职人员 = 2",
        staff(SORGHUM, "2019-03-01", 2).toString());
    assertEquals("website_update (months_since_latest -> website_months_since_update)",
        ActivityKinds.WEBSITE_UPDATE.toString());
    assertEquals("council_meetings (count -> council_meetings)",
        kind("council_meetings").toString());
    assertTrue(ActivityKinds.standard2019().toString().startsWith(
        "ActivityKinds[council_meetings, expert_committee_meetings"));
  }

  @Test
  void kinds_byFactoryAndCatalogue() {
    Fact visits = Fact.of("visits");
    assertEquals(new ActivityKind("visits", visits, ActivityKind.Measure.LATEST_VALUE),
        ActivityKind.latestValue(visits));
    assertEquals(new ActivityKind("site_update", visits,
        ActivityKind.Measure.MONTHS_SINCE_LATEST), ActivityKind.monthsSinceLatest("site_update",
        visits));
    assertTrue(ActivityKind.latestValue(visits).carriesValue());
    assertFalse(ActivityKind.monthsSinceLatest("site_update", visits).carriesValue());
    assertEquals("activity kind must be lower-case snake_case such as council_meetings: "
        + "'Bad Name'", assertThrows(IllegalArgumentException.class,
            () -> new ActivityKind("Bad Name", visits, ActivityKind.Measure.COUNT)).getMessage());
    assertEquals(20, ActivityKinds.standard2019().names().size());
    assertEquals("website_update", ActivityKinds.standard2019().names().get(4));
    assertEquals("activity kind council_meetings is given twice", assertThrows(
        IllegalArgumentException.class, () -> ActivityKinds.of(List.of(kind("council_meetings"),
            kind("council_meetings")))).getMessage());
    ActivityKinds own = ActivityKinds.standard2019().with(ActivityKind.event(visits));
    assertEquals(21, own.kinds().size());
    new EqualsTester()
        .addEqualityGroup(ActivityKinds.standard2019(),
            ActivityKinds.forSystem(IndicatorSystem.standard2019()))
        .addEqualityGroup(own)
        .addEqualityGroup(ActivityKinds.of(List.of()))
        .testEquals();
  }

  @Test
  void period_containsBothEnds_andParsesOnlyTwoDays() {
    Period p = Period.of(LocalDate.of(2019, 4, 1), LocalDate.of(2020, 3, 31));
    assertTrue(p.contains(LocalDate.of(2019, 4, 1)));
    assertTrue(p.contains(LocalDate.of(2020, 3, 31)));
    assertFalse(p.contains(LocalDate.of(2019, 3, 31)));
    assertFalse(p.contains(LocalDate.of(2020, 4, 1)));
    assertEquals(p, Period.parse(" 2019-04-01 .. 2020-03-31 "));
    for (String bad : List.of("..2019-12-31", "2019-01-01..", "2019-01-01..2019-06-30..2019-12-31",
        "2019")) {
      assertEquals("period must be START..END with ISO dates such as 2019-01-01..2019-12-31: '"
          + bad + "'", assertThrows(IllegalArgumentException.class, () -> Period.parse(bad))
          .getMessage(), bad);
    }
    assertEquals("period must be START..END with ISO dates such as 2019-01-01..2019-12-31: "
        + "'2019-01-01..2019-02-30' ('2019-02-30' is not a day of the calendar)",
        assertThrows(IllegalArgumentException.class,
            () -> Period.parse("2019-01-01..2019-02-30")).getMessage());
    new EqualsTester().addEqualityGroup(Period.year(2019), Period.parse("2019-01-01..2019-12-31"))
        .addEqualityGroup(p).testEquals();
  }

  @Test
  void valueTypes_refuseNulls() {
    NullPointerTester npt = new NullPointerTester()
        .setDefault(Alliance.class, SORGHUM)
        .setDefault(ActivityKind.class, kind("council_meetings"))
        .setDefault(LocalDate.class, LocalDate.of(2019, 1, 1))
        .setDefault(Fact.class, Standard2019.STANDARDS)
        .setDefault(AllianceCode.class, SORGHUM.code())
        .setDefault(Period.class, Period.year(2019));
    npt.testAllPublicStaticMethods(Period.class);
    npt.testAllPublicStaticMethods(ActivityKind.class);
    npt.testAllPublicStaticMethods(Tally.class);
    npt.testAllPublicInstanceMethods(Tally.forYear(2019));
    npt.testAllPublicInstanceMethods(Tally.forYear(2019).tally(List.of()));
    npt.testAllPublicInstanceMethods(ActivityKinds.standard2019());
  }
}
