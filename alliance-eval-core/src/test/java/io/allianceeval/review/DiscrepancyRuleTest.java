package io.allianceeval.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.Points;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link DiscrepancyRule}: exact thresholds and tiers. */
class DiscrepancyRuleTest {

  @Test
  void thresholdIsExact_aDifferenceOfExactlyItFlags_aHundredthLessDoesNot() {
    DiscrepancyRule ten = DiscrepancyRule.standard(10);
    var scheme = io.allianceeval.scoring.TierScheme.standard();
    assertEquals(Optional.of(DiscrepancyRule.Cause.DIFFERENCE), ten.check(Points.parse("95.1"), Points.parse("85.1"), scheme));
    assertEquals(Optional.empty(), ten.check(Points.parse("95.1"), Points.parse("85.11"), scheme));
    assertEquals(Optional.of(DiscrepancyRule.Cause.TIER), ten.check(Points.of(85), Points.parse("84.49"), scheme));
  }
}
