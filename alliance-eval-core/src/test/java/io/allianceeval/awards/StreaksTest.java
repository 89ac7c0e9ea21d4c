package io.allianceeval.awards;

import static io.allianceeval.awards.Histories.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Streaks}: the conditions of a streak. */
class StreaksTest {

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
}
