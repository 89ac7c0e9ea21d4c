package io.allianceeval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.Tier;
import io.allianceeval.testing.Records;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link EvaluationResult}: non-participants by code, and texts a person can read. */
class EvaluationResultTest {

  private static final Alliance A105 = Alliance.of("105", "TD 产业技术创新战略联盟");
  private static final Alliance A110 = Alliance.of("110", "半导体照明产业技术创新战略联盟");
  private static final Alliance A342 = Alliance.of("342", "高粱产业技术创新战略联盟");

  @Test
  void nonParticipants_areOrderedByCode() {
    EvaluationResult r = Evaluation.forYear(2019)
        .withPopulation(Population.ofRoster(List.of(A342, A110, A105)))
        .score(List.of(Records.top(A110, 2019)));
    assertEquals(List.of("105", "342"), r.nonParticipants().stream()
        .map(n -> n.code().toString()).toList());
    assertEquals("105 TD 产业技术创新战略联盟: no record", r.nonParticipants().get(0).toString());
  }

  @Test
  void texts() {
    assertEquals("PublishedResult{342 高粱产业技术创新战略联盟, 80, FAIRLY_HIGH}",
        PublishedResult.of(A342, 80, Tier.FAIRLY_HIGH).toString());
    assertEquals("PublishedResult{342 高粱产业技术创新战略联盟, no score, INACTIVE}",
        PublishedResult.tierOnly(A342, Tier.INACTIVE).toString());
    assertEquals("Evaluation{2019, IndicatorSystem{standard 2019, 100 points, 3 groups, 20 "
        + "indicators}, TierScheme{HIGH 85-100, FAIRLY_HIGH 70-84, AVERAGE 50-69, INACTIVE 0-49, "
        + "HALF_UP}, Population{the evaluated alliances}}", Evaluation.forYear(2019).toString());
  }
}
