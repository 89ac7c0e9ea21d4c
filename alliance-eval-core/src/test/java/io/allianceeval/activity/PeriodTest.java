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

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Period}: both ends included, read from two days. */
class PeriodTest {

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
}
