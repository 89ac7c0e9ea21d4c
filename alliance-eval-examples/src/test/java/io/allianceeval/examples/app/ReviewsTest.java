package io.allianceeval.examples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.model.Points;
import io.allianceeval.review.Aggregation;
import io.allianceeval.review.AllianceReview;
import io.allianceeval.review.DiscrepancyRule;
import io.allianceeval.review.ExpertBias;
import io.allianceeval.review.PanelReview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Reviews}: the panel, scores, names and decisions read once and reviewed together. */
class ReviewsTest {

  @TempDir Path dir;

  private static Reviews.Request synthetic() {
    return new Reviews.Request(Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Aggregation.mean(), DiscrepancyRule.standard(10),
        false, ExpertBias.Corridor.points(Points.of(10)), null);
  }

  @Test
  void theSyntheticPanel_raisesBothFlags_andItsDecisionsResolveThem() throws Exception {
    PanelReview review = Reviews.review(synthetic());
    assertEquals(6, review.alliances().size());
    assertTrue(review.awaitingReview().isEmpty(), "the shipped decisions resolve every flag");
    assertEquals(List.of("DIFFERENCE", "TIER"), review.alliances().stream()
        .filter(AllianceReview::flagged).map(r -> r.cause().orElseThrow().name()).sorted()
        .toList());
  }

  @Test
  void expertsWithoutScores_orScoresWithoutExperts_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Reviews.Request(
        Optional.of(Path.of("e.csv")), List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Aggregation.mean(), DiscrepancyRule.standard(10),
        false, ExpertBias.Corridor.points(Points.of(10)), null));
  }

  @Test
  void anAllianceWithoutAName_isBadInput_sayingHowToNameIt() throws Exception {
    Path experts = Files.writeString(dir.resolve("experts.csv"), "id,name,group,affiliations\n"
        + "E01,甲,A,\nE02,乙,B,\n");
    Path scores = Files.writeString(dir.resolve("scores.csv"),
        "round,expert,code,indicator,points\n1,E01,199,,80\n2,E02,199,,81\n");
    BadInputException e = assertThrows(BadInputException.class, () -> Reviews.review(
        new Reviews.Request(Optional.of(experts), List.of(scores), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Aggregation.mean(),
            DiscrepancyRule.standard(10), false, ExpertBias.Corridor.points(Points.of(10)), null)));
    assertTrue(e.getMessage().contains("alliance 199: no name for it; give its name with "
        + "--alliances FILE (code,name)"), e.getMessage());
  }
}
