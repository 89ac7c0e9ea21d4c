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

import com.google.common.testing.NullPointerTester;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Fact;
import io.allianceeval.scoring.Standard2019;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The activity package's value types: readable texts, no nulls. */
class ActivityValueTypesTest {

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
