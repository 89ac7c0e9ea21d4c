package io.allianceeval.awards;

import static io.allianceeval.awards.Histories.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streak conditions, history codes and what an award result says about the year before. */
class AwardDetailsTest {

  private static final AllianceCode C105 = AllianceCode.parse("105");

  @Test
  void tierConditions_failForOtherTiers() {
    History h = History.of(List.of(year(2018, "105:F"), year(2019, "105:A")));
    assertEquals(0, Streaks.current(h, C105, Streaks.tierAtLeast(Tier.FAIRLY_HIGH)).length());
    assertEquals(0, Streaks.current(h, C105, Streaks.tierIs(Tier.FAIRLY_HIGH)).length());
    assertEquals(1, Streaks.longest(h, C105, Streaks.tierIs(Tier.FAIRLY_HIGH)).length());
    assertEquals(List.of(2018, 2019),
        Streaks.longest(h, C105, Streaks.tierAtLeast(Tier.AVERAGE)).years());
  }

  @Test
  void historyCodes_areEveryAllianceOfEveryYear() {
    History h = History.of(List.of(year(2018, "342:H 105:F"), year(2019, "110:A")));
    assertEquals(List.of("105", "110", "342"),
        h.codes().stream().map(AllianceCode::toString).toList());
    assertTrue(h.hashCode() == History.of(List.of(year(2019, "110:A"),
        year(2018, "342:H 105:F"))).hashCode());
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
  void yearOutcomes() {
    assertTrue(YearOutcome.of(2019, Tier.HIGH).tookPart());
    assertFalse(YearOutcome.absent(2019).tookPart());
    assertEquals("2019: FAIRLY_HIGH 80", YearOutcome.of(2019, Tier.FAIRLY_HIGH, 80).toString());
    assertEquals("2017: did not take part", YearOutcome.absent(2017).toString());
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
