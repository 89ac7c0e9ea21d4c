package io.allianceeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link ActivityRecord}: the year range, building and missing facts. */
class ActivityRecordTest {

  private static final Alliance A = Alliance.of("105", "TD 产业技术创新战略联盟");

  @Test
  void yearsFrom2000To2100_areAccepted() {
    ActivityRecord.builder(A, 2000);
    ActivityRecord.builder(A, 2100);
    assertThrows(IllegalArgumentException.class, () -> ActivityRecord.builder(A, 1999));
    assertThrows(IllegalArgumentException.class, () -> ActivityRecord.builder(A, 2101));
  }

  @Test
  void missing_removesAFact_andRecordsDifferByTheirFacts() {
    Fact f = Fact.of("model_details_fact");
    ActivityRecord.Builder b = ActivityRecord.builder(A, 2019).fact(f, 3);
    ActivityRecord with = b.build();
    ActivityRecord without = b.missing(f).build();
    assertFalse(without.has(f));
    assertEquals(-1, without.fact(f, -1));
    assertNotEquals(with, without);
    assertNotEquals(with.hashCode(), without.hashCode());
    assertNotEquals(with.hashCode(), ActivityRecord.builder(A, 2019).fact(f, 4).build().hashCode());
    assertNotEquals(with.hashCode(), ActivityRecord.builder(A, 2018).fact(f, 3).build().hashCode());
  }
}
