package io.allianceeval.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Transitions}: moves, joins and departures listed by code, whatever the result order. */
class TransitionsTest {

  static final Alliance A = Alliance.of("105", "TD");
  static final Alliance B = Alliance.of("110", "半导体照明");
  static final Alliance C = Alliance.of("212", "电动汽车");

  private static Alliance a(String code) {
    return Alliance.of(code, "联盟 " + code);
  }

  private static EvaluationResult year(int year, List<PublishedResult> rows) {
    return Evaluation.forYear(year).fromPublished(rows);
  }

  @Test
  void listsAreOrderedByCode() {
    EvaluationResult before = year(2018, List.of(
        PublishedResult.scored(a("342"), 75), PublishedResult.scored(a("105"), 72),
        PublishedResult.scored(a("212"), 90), PublishedResult.scored(a("110"), 88),
        PublishedResult.scored(a("320"), 60), PublishedResult.scored(a("120"), 55)));
    EvaluationResult after = year(2019, List.of(
        PublishedResult.scored(a("342"), 95), PublishedResult.scored(a("105"), 86),
        PublishedResult.scored(a("212"), 40), PublishedResult.scored(a("110"), 45),
        PublishedResult.scored(a("330"), 60), PublishedResult.scored(a("130"), 55)));
    Transitions t = Transitions.between(before, after);
    assertEquals(List.of("105", "342"), t.movedUp().stream()
        .map(m -> m.alliance().code().toString()).toList());
    assertEquals(List.of("110", "212"), t.movedDown().stream()
        .map(m -> m.alliance().code().toString()).toList());
    assertEquals(List.of("130", "330"), t.joined().stream().map(x -> x.code().toString()).toList());
    assertEquals(List.of("120", "320"), t.left().stream().map(x -> x.code().toString()).toList());
    assertEquals(4, t.inBoth());
    assertEquals(2, t.count(Tier.FAIRLY_HIGH, Tier.HIGH));
    assertEquals(2, t.count(Tier.HIGH, Tier.INACTIVE));
  }

  @Test
  void transitions_listsAreOrderedByCode_andYearsAreKept() {
    EvaluationResult y2018 = Evaluation.forYear(2018).fromPublished(List.of(
        PublishedResult.scored(C, 60), PublishedResult.scored(B, 60),
        PublishedResult.scored(A, 60), PublishedResult.scored(Alliance.of("D102", "x"), 90),
        PublishedResult.scored(Alliance.of("D101", "y"), 90)));
    EvaluationResult y2019 = Evaluation.forYear(2019).fromPublished(List.of(
        PublishedResult.scored(C, 90), PublishedResult.scored(A, 90), PublishedResult.scored(B, 49),
        PublishedResult.scored(Alliance.of("320", "z"), 70),
        PublishedResult.scored(Alliance.of("301", "w"), 70)));
    Transitions t = Transitions.between(y2018, y2019);
    assertEquals(2018, t.previousYear());
    assertEquals(2019, t.currentYear());
    assertEquals(List.of("105", "212"), t.movedUp().stream()
        .map(m -> m.alliance().code().toString()).toList());
    assertEquals(List.of(new Transitions.Move(B, Tier.AVERAGE, Tier.INACTIVE)), t.movedDown());
    assertEquals(List.of("301", "320"), t.joined().stream().map(x -> x.code().toString()).toList());
    assertEquals(List.of("D101", "D102"), t.left().stream().map(x -> x.code().toString()).toList());
    assertEquals(0, t.count(Tier.AVERAGE, Tier.AVERAGE));
    assertThrows(IllegalArgumentException.class, () -> Transitions.between(y2019, y2019));
  }
}
