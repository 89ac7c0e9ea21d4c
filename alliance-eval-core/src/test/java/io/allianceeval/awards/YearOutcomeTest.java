package io.allianceeval.awards;

import static io.allianceeval.awards.Histories.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.Tier;
import org.junit.jupiter.api.Test;

/** {@link YearOutcome}: a year taken part in, with or without a score, or not. */
class YearOutcomeTest {

  @Test
  void yearOutcomes() {
    assertTrue(YearOutcome.of(2019, Tier.HIGH).tookPart());
    assertFalse(YearOutcome.absent(2019).tookPart());
    assertEquals("2019: FAIRLY_HIGH 80", YearOutcome.of(2019, Tier.FAIRLY_HIGH, 80).toString());
    assertEquals("2017: did not take part", YearOutcome.absent(2017).toString());
  }
}
