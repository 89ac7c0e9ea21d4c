package io.allianceeval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Fact;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.scoring.Standard2019;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PopulationTest {

  private static final Alliance A = Alliance.of("105", "TD");
  private static final Alliance N = Alliance.of("D101", "食醋");

  @Test
  void counts() {
    Population p = Population.ofCounts(52, 39, 55, 11);
    assertEquals(157, p.total());
    assertEquals(146, p.pilots());
    assertEquals(55, p.count(Batch.THIRD));
    assertFalse(p.hasRoster());
    assertFalse(p.contains(A.code()));
    assertEquals(Optional.empty(), p.alliance(A.code()));
    assertEquals("Population{counts FIRST=52, SECOND=39, THIRD=55, NETWORK=11}", p.toString());
    assertEquals(0, Population.ofCounts(Map.of(Batch.FIRST, 3)).count(Batch.NETWORK));
  }

  @Test
  void roster() {
    Population p = Population.ofRoster(List.of(N, A));
    assertTrue(p.hasRoster());
    assertEquals(Optional.of(List.of(A, N)), p.roster());
    assertEquals(Optional.of(N), p.alliance(N.code()));
    assertEquals(Optional.empty(), p.alliance(AllianceCode.parse("110")));
    assertEquals(1, p.count(Batch.NETWORK));
    assertEquals(1, p.pilots());
    assertEquals("Population{roster of 2: FIRST=1, SECOND=0, THIRD=0, NETWORK=1}", p.toString());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Population.ofRoster(List.of(A, N, A, A)));
    assertEquals(List.of("alliance 105: on the roster 3 times"), e.messages());
    assertEquals(List.of(0, 2, 3), e.problems().get(0).positions());
  }

  @Test
  void evaluated() {
    Population p = Population.evaluated();
    assertTrue(p.isEvaluated());
    assertEquals("Population{the evaluated alliances}", p.toString());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> p.count(Batch.FIRST));
    assertTrue(e.getMessage().contains("EvaluationResult.population()"));
    assertThrows(IllegalStateException.class, p::pilots);
    assertNotEquals(p.hashCode(), Population.ofCounts(0, 0, 0, 0).hashCode());
  }

  @Test
  void record_readsAndShowsItsFacts() {
    Fact rare = Fact.of("rare_fact_for_slots");
    ActivityRecord r = ActivityRecord.builder(A, 2019).fact(Standard2019.STANDARDS, 3).build();
    assertEquals(7, r.fact(rare, 7), "a fact beyond the record's slots is missing");
    assertEquals(3, r.fact(Standard2019.STANDARDS, 7));
    assertEquals(0, ActivityRecord.builder(A, 2019).fact(Standard2019.STANDARDS, 0).build()
        .fact(Standard2019.STANDARDS, 7), "0 is a value, not missing");
    assertEquals("ActivityRecord{105 TD, 2019, {standards=3}}", r.toString());
    assertNotEquals(r.hashCode(),
        ActivityRecord.builder(A, 2019).fact(Standard2019.STANDARDS, 4).build().hashCode());
    assertNotEquals(r.hashCode(),
        ActivityRecord.builder(A, 2019).fact(Standard2019.MEDIA_REPORTS, 3).build().hashCode());
  }
}
