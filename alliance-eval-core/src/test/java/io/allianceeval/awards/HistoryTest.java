package io.allianceeval.awards;

import static io.allianceeval.awards.Histories.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.Population;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Standard2019;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryTest {

  @Test
  void yearsSlotsAndLookups() {
    History h = History.of(List.of(year(2019, "105:H"), year(2016, "110:A 105:F")));
    assertEquals(List.of(2016, 2019), List.copyOf(h.years()));
    assertTrue(h.has(2016) && h.has(2019));
    assertFalse(h.has(2017) || h.has(2015) || h.has(2020));
    assertEquals(List.of(2017, 2018), h.missingYears(2016, 2019));
    assertEquals(Optional.of(Tier.FAIRLY_HIGH), h.tier(2016, AllianceCode.parse("105")));
    assertEquals(Optional.empty(), h.tier(2019, AllianceCode.parse("110")));
    assertEquals(Optional.empty(), h.tier(2017, AllianceCode.parse("105")));
    assertEquals(Optional.empty(), h.participant(2030, AllianceCode.parse("105")));
    assertEquals("History{2016, 2019}", h.toString());
    assertThrows(IllegalArgumentException.class, () -> h.alliance(AllianceCode.parse("342")));
  }

  @Test
  void codesAndNames_comeFromParticipantsNonParticipantsAndRosters() {
    Alliance named = Alliance.of("342", "高粱（名册）");
    Alliance lacking = Alliance.of("D101", "食醋");
    var withRoster = Evaluation.forYear(2018)
        .withPopulation(Population.ofRoster(List.of(named, lacking, Alliance.of("105", "TD"))))
        .score(List.of(ActivityRecord.builder(lacking, 2018).fact(Standard2019.STANDARDS, 1).build()));
    History h = History.of(List.of(withRoster, year(2019, "105:H")));
    assertEquals(List.of("105", "342", "D101"),
        h.codes().stream().map(AllianceCode::toString).toList());
    assertEquals(named, h.alliance(AllianceCode.parse("342")));      // from the roster
    assertEquals(lacking, h.alliance(AllianceCode.parse("D101")));   // a non-participant
    assertEquals("联盟 105", h.alliance(AllianceCode.parse("105")).name()); // the latest year
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(History.of(List.of(year(2019, "105:H"))),
            History.of(List.of(year(2019, "105:H"))))
        .addEqualityGroup(History.of(List.of(year(2019, "105:F"))))
        .addEqualityGroup(History.of(List.of()))
        .testEquals();
    assertTrue(History.of(List.of()).years().isEmpty());
    assertEquals(0, Streaks.current(History.of(List.of()), AllianceCode.parse("105"),
        Streaks.fullMarks(IndicatorSystem.standard2019())).length());
  }

  @Test
  void historyCodes_areEveryAllianceOfEveryYear() {
    History h = History.of(List.of(year(2018, "342:H 105:F"), year(2019, "110:A")));
    assertEquals(List.of("105", "110", "342"),
        h.codes().stream().map(AllianceCode::toString).toList());
    assertTrue(h.hashCode() == History.of(List.of(year(2019, "110:A"),
        year(2018, "342:H 105:F"))).hashCode());
  }
}
