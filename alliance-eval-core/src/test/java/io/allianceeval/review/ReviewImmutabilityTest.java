package io.allianceeval.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A review copies its builder's settings: changing the builder afterwards changes nothing. */
class ReviewImmutabilityTest {

  @Test
  void changingTheBuilderAfterBuild_changesNeitherTheReviewNorItsDecisions() {
    Aggregation mean = Aggregation.mean();
    DiscrepancyRule rule = DiscrepancyRule.standard(10);
    PanelReview.Builder builder = ReviewFixtures.builder()
        .aggregation(mean).discrepancyRule(rule);
    PanelReview review = builder.build();
    List<AllianceReview> before = review.alliances();
    builder.aggregation(Aggregation.median()).discrepancyRule(DiscrepancyRule.standard(1))
        .correctSeverity(true).entries(List.of());
    assertSame(mean, review.aggregation());
    assertSame(rule, review.discrepancyRule());
    assertEquals(before, review.alliances());
    PanelReview decided = review.withDecisions(List.of(
        new Decision(ReviewFixtures.C342, 80, "r", "专家组会评")));
    assertSame(mean, decided.aggregation());
    assertSame(rule, decided.discrepancyRule());
    assertEquals(review.alliance(ReviewFixtures.C105), decided.alliance(ReviewFixtures.C105));
  }

  @Test
  void entriesAndDecisions_areBothAddedToWhatWasGiven() {
    List<ScoreEntry> entries = ReviewFixtures.entries();
    PanelReview once = ReviewFixtures.builder(entries).decisions(List.of(
        new Decision(ReviewFixtures.C342, 80, "r", "d"))).build();
    PanelReview split = ReviewFixtures.builder(entries.subList(0, 5))
        .entries(entries.subList(5, entries.size()))
        .decisions(List.of()).decisions(List.of(new Decision(ReviewFixtures.C342, 80, "r", "d")))
        .build();
    assertEquals(once.alliances(), split.alliances());
    assertEquals(once.audit(), split.audit());
  }
}
