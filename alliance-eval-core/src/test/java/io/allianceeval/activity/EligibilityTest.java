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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Eligibility}: which alliances take part, from their entries in date order. */
class EligibilityTest {

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
}
