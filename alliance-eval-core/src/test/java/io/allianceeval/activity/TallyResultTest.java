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
import io.allianceeval.evaluation.NonParticipant;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.scoring.Assessment;
import io.allianceeval.scoring.IndicatorPolicy;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Standard2019;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link TallyResult}: the entries counted, states, traces and the ineligible. */
class TallyResultTest {

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
}
