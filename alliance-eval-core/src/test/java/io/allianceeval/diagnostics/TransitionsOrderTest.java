package io.allianceeval.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Moves, joins and departures are listed by code, whatever the result order. */
class TransitionsOrderTest {

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
}
