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
import io.allianceeval.model.Fact;
import io.allianceeval.scoring.IndicatorSystem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ActivityKinds}: the kinds of a system, by factory and catalogue. */
class ActivityKindsTest {

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
}
