package io.allianceeval.awards;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import java.util.ArrayList;
import java.util.List;

/** Small histories written as text: {@code "105:H 110:F 342:80"} per year. */
final class Histories {

  private Histories() {}

  /** One year: entries {@code code:H|F|A|I} (tier only) or {@code code:score}. */
  static EvaluationResult year(int year, String entries) {
    List<PublishedResult> rows = new ArrayList<>();
    for (String e : entries.trim().split("\\s+")) {
      if (e.isEmpty()) {
        continue;
      }
      String[] kv = e.split(":");
      Alliance a = Alliance.of(kv[0], "联盟 " + kv[0]);
      switch (kv[1]) {
        case "H" -> rows.add(PublishedResult.tierOnly(a, Tier.HIGH));
        case "F" -> rows.add(PublishedResult.tierOnly(a, Tier.FAIRLY_HIGH));
        case "A" -> rows.add(PublishedResult.tierOnly(a, Tier.AVERAGE));
        case "I" -> rows.add(PublishedResult.tierOnly(a, Tier.INACTIVE));
        default -> rows.add(PublishedResult.scored(a, Points.parse(kv[1])));
      }
    }
    return Evaluation.forYear(year).fromPublished(rows);
  }
}
