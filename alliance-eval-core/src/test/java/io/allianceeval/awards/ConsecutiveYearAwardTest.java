package io.allianceeval.awards;

import static io.allianceeval.awards.Histories.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Batch;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.IndicatorSystem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsecutiveYearAwardTest {

  // 105 high throughout; 342 drops in 2019 at 80; 212 new in 2019; 110 skips 2017; D101 high 3 years
  private final History history = History.of(List.of(
      year(2019, "105:100 342:80 212:90 110:95 D101:H 320:H"),
      year(2016, "105:H 342:H 110:H 320:F"),
      year(2017, "105:H 342:H 212:H D101:H 320:H"),
      year(2018, "105:H 342:H 212:H 110:H D101:H 320:H")));

  private static List<String> codes(List<Alliance> alliances) {
    return alliances.stream().map(a -> a.code().toString()).toList();
  }

  @Test
  void aLevel_isHighInEachOfThreeYears_andNonParticipationBreaksTheRun() {
    AwardResult r = ConsecutiveYearAward.aLevel().award(history, 2019);
    assertEquals(List.of("105", "212", "320", "D101"), codes(r.awarded()));
    assertEquals(Map.of(Batch.FIRST, 1, Batch.SECOND, 1, Batch.THIRD, 1, Batch.NETWORK, 1),
        r.byBatch());
    assertEquals(List.of("212", "320", "D101"), codes(r.newlyAwarded()));
    assertEquals(1, r.dropped().size());
    AwardResult.Dropped d = r.dropped().get(0);
    assertEquals("342", d.alliance().code().toString());
    assertEquals(YearOutcome.of(2019, Tier.FAIRLY_HIGH, 80),
        d.brokenBy());
  }

  @Test
  void droppedForNotTakingPart_saysSo() {
    History h = History.of(List.of(year(2016, "105:H"), year(2017, "105:H"), year(2018, "105:H"),
        year(2019, "110:H")));
    AwardResult r = ConsecutiveYearAward.aLevel().award(h, 2019);
    assertEquals(List.of(), r.awarded());
    assertEquals(2019, r.dropped().get(0).brokenBy().year());
    assertFalse(r.dropped().get(0).brokenBy().tookPart());
    assertEquals("2019: did not take part", r.dropped().get(0).brokenBy().toString());
  }

  @Test
  void orBetter_acceptsBetterTiers() {
    AwardResult exact = ConsecutiveYearAward.of(Tier.FAIRLY_HIGH, 2).award(history, 2019);
    assertEquals(List.of(), exact.awarded());
    AwardResult better = ConsecutiveYearAward.of(Tier.FAIRLY_HIGH, 2).orBetter()
        .award(history, 2019);
    assertEquals(List.of("105", "110", "212", "320", "342", "D101"), codes(better.awarded()));
  }

  @Test
  void yearTheHistoryCannotDecide_isAnErrorNamingTheMissingYears() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConsecutiveYearAward.aLevel().award(history, 2021));
    assertTrue(e.getMessage().contains("lacks [2020, 2021]"), e.getMessage());
  }

  @Test
  void withoutTheYearBefore_newlyAndDroppedAreUndecided_notEmpty() {
    History h = History.of(List.of(year(2017, "105:H"), year(2018, "105:H"), year(2019, "105:H")));
    AwardResult r = ConsecutiveYearAward.aLevel().award(h, 2019);
    assertEquals(List.of("105"), codes(r.awarded()));
    assertFalse(r.comparesWithYearBefore());
    IllegalStateException e = assertThrows(IllegalStateException.class, r::newlyAwarded);
    assertTrue(e.getMessage().contains("2018 award cannot be decided: the history lacks [2016]"),
        e.getMessage());
    assertThrows(IllegalStateException.class, r::dropped);
  }

  @Test
  void renamedAlliance_staysOneAlliance_andIsNamedAsLatest() {
    History h = History.of(List.of(
        io.allianceeval.evaluation.Evaluation.forYear(2018).fromPublished(List.of(
            io.allianceeval.evaluation.PublishedResult.tierOnly(
                Alliance.of("110", "半导体照明联盟（旧名）"), Tier.HIGH))),
        io.allianceeval.evaluation.Evaluation.forYear(2019).fromPublished(List.of(
            io.allianceeval.evaluation.PublishedResult.scored(
                Alliance.of("110", "半导体照明产业技术创新战略联盟"), 100)))));
    AwardResult r = ConsecutiveYearAward.of(Tier.HIGH, 2).award(h, 2019);
    assertEquals(List.of(Alliance.of("110", "半导体照明产业技术创新战略联盟")), r.awarded());
  }

  @Test
  void history_rejectsAYearTwice_andAResultInTheWrongSlot() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> History.of(List.of(year(2019, "105:H"), year(2019, "110:H"))));
    assertEquals(List.of("year 2019: given 2 times, expected once"), e.messages());
    IllegalArgumentException slot = assertThrows(IllegalArgumentException.class,
        () -> History.builder().put(2018, year(2019, "105:H")));
    assertTrue(slot.getMessage().contains("2019") && slot.getMessage().contains("2018"));
    assertThrows(IllegalArgumentException.class,
        () -> History.builder().put(2019, year(2019, "105:H")).put(2019, year(2019, "110:H")));
  }

  @Test
  void rule_validation() {
    assertThrows(IllegalArgumentException.class, () -> ConsecutiveYearAward.of(Tier.HIGH, 0));
    assertEquals("HIGH in each of 3 consecutive years", ConsecutiveYearAward.aLevel().toString());
    assertEquals(ConsecutiveYearAward.aLevel(), ConsecutiveYearAward.of(Tier.HIGH, 3));
  }

  @Test
  void streaks_currentAndLongest() {
    History h = History.of(List.of(year(2014, "110:100"), year(2015, "110:100"),
        year(2016, "110:98"), year(2017, "110:100"), year(2018, "110:100"),
        year(2019, "110:100")));
    AllianceCode c110 = AllianceCode.parse("110");
    assertEquals(List.of(2017, 2018, 2019), Streaks.current(h, c110, Streaks.fullMarks(IndicatorSystem.standard2019())).years());
    assertEquals(List.of(2017, 2018, 2019), Streaks.longest(h, c110, Streaks.fullMarks(IndicatorSystem.standard2019())).years());
    assertEquals(6, Streaks.current(h, c110, Streaks.tierIs(Tier.HIGH)).length());
    assertEquals("6 years (2014-2019)",
        Streaks.current(h, c110, Streaks.tierAtLeast(Tier.HIGH)).toString());
    assertEquals(List.of(2014, 2015), Streaks.endingIn(h, c110, Streaks.fullMarks(IndicatorSystem.standard2019()), 2015).years());
    assertEquals(0, Streaks.current(h, AllianceCode.parse("105"), Streaks.fullMarks(IndicatorSystem.standard2019())).length());
    assertEquals(List.of(2017, 2018, 2019),
        Streaks.longest(h, c110, Streaks.scoreAtLeast(99)).years());
    assertEquals(List.of(2014, 2015, 2016, 2017, 2018, 2019),
        Streaks.longest(h, c110, Streaks.scoreAtLeast(98)).years());
  }

  @Test
  void streaks_missingYearBreaksTheRun() {
    History h = History.of(List.of(year(2016, "110:H"), year(2018, "110:H"), year(2019, "110:H")));
    assertEquals(List.of(2018, 2019),
        Streaks.longest(h, AllianceCode.parse("110"), Streaks.tierIs(Tier.HIGH)).years());
  }

  @Test
  void exitRule_listsAlliancesBelowTheBarOrAbsent() {
    History h = History.of(List.of(
        year(2017, "105:I 110:A 212:H D101:I"),
        year(2018, "105:A 212:I D101:I"),
        year(2019, "105:I 110:I 212:A D101:I")));
    List<ExitRule.Candidate> c = ExitRule.below(Tier.FAIRLY_HIGH, 3).candidates(h, 2019);
    assertEquals(List.of("105", "110", "D101"),
        c.stream().map(x -> x.alliance().code().toString()).toList());
    assertEquals("2018: did not take part", c.get(1).years().get(1).toString());
    assertEquals(List.of("105", "110"), ExitRule.below(Tier.FAIRLY_HIGH, 3).pilotsOnly()
        .candidates(h, 2019).stream().map(x -> x.alliance().code().toString()).toList());
    // 105 was AVERAGE in 2018, which is not below AVERAGE
    assertEquals(List.of("D101"), ExitRule.below(Tier.AVERAGE, 3).candidates(h, 2019)
        .stream().map(x -> x.alliance().code().toString()).toList());
    assertThrows(IllegalArgumentException.class,
        () -> ExitRule.below(Tier.AVERAGE, 4).candidates(h, 2019));
  }

  @Test
  void anAwardKnowsWhetherItComparesWithTheYearBefore() {
    History full = History.of(List.of(year(2016, "105:H"), year(2017, "105:H"),
        year(2018, "105:H"), year(2019, "105:H")));
    assertTrue(ConsecutiveYearAward.aLevel().award(full, 2019).comparesWithYearBefore());
    History short_ = History.of(List.of(year(2017, "105:H"), year(2018, "105:H"),
        year(2019, "105:H")));
    assertFalse(ConsecutiveYearAward.aLevel().award(short_, 2019).comparesWithYearBefore());
  }

  @Test
  void theWindowOfAnAward_isItsYearsEndingWithTheAwardYear() {
    History h = History.of(List.of(year(2017, "105:H"), year(2018, "105:A"),
        year(2019, "105:H")));
    assertEquals(List.of(), ConsecutiveYearAward.of(Tier.HIGH, 2).award(
        History.of(List.of(year(2018, "105:A"), year(2019, "105:H"))), 2019).awarded());
    assertEquals(1, ConsecutiveYearAward.of(Tier.HIGH, 1).award(h, 2019).awarded().size());
    assertEquals(0, ConsecutiveYearAward.of(Tier.HIGH, 2).award(h, 2019).awarded().size());
  }
}
