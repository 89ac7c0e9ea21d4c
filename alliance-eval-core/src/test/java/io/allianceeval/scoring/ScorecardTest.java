package io.allianceeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Points;
import io.allianceeval.testing.Records;
import org.junit.jupiter.api.Test;

/** {@link Scorecard}, {@link IndicatorScore} and {@link Assessment}: points with reasons, compared by value. */
class ScorecardTest {

  private static final Alliance A = Alliance.of("105", "TD 产业技术创新战略联盟");
  private static final IndicatorSystem STANDARD = IndicatorSystem.standard2019();

  @Test
  void scoresAndAssessments_printPointsAndReason() {
    ActivityRecord three = ActivityRecord.builder(A, 2019)
        .fact(Standard2019.SECRETARIAT_MEETINGS, 3).build();
    Assessment a = STANDARD.policy("1.4").assess(three);
    assertEquals("2 (secretariat_meetings = 3: 2-3 meetings -> 2 of 4)", a.toString());
    IndicatorScore s = STANDARD.score(Records.top(A, 2019)).indicatorScores().get(3);
    assertEquals("1.4: 4 (secretariat_meetings = 10: 4 or more meetings -> 4 of 4)", s.toString());
    assertEquals(Points.of(0), s.pointsLost());
    assertTrue(Assessment.of(1, "a").hashCode() != Assessment.of(2, "b").hashCode());
  }

  @Test
  void scorecardsCompareByRecordAndPoints() {
    Scorecard top = STANDARD.score(Records.top(A, 2019));
    Scorecard zero = STANDARD.score(Records.zero(A, 2019));
    assertEquals(top, STANDARD.score(Records.top(A, 2019)));
    assertTrue(!top.equals(zero));
    assertEquals(Points.of(45), top.subtotal("2"));
    assertThrows(IllegalArgumentException.class, () -> top.subtotal("4"));
  }
}
