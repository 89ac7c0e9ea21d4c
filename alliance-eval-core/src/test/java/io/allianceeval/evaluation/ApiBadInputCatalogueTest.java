package io.allianceeval.evaluation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.awards.ConsecutiveYearAward;
import io.allianceeval.awards.History;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.review.Decision;
import io.allianceeval.review.PanelReview;
import io.allianceeval.review.Round;
import io.allianceeval.review.ScoreEntry;
import io.allianceeval.scoring.Assessment;
import io.allianceeval.scoring.IndicatorPolicy;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.PolicyFailureException;
import io.allianceeval.scoring.Standard2019;
import io.allianceeval.scoring.TierScheme;
import io.allianceeval.statistics.Share;
import io.allianceeval.testing.Records;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library's side of the bad-input catalogue: every bad input gets the precise exception and a
 * message that says what was expected, what was found and where. (The command line's side is
 * BadInputTest in the examples module.)
 */
class ApiBadInputCatalogueTest {

  private static final Alliance A = Alliance.of("105", "TD");
  private static final Alliance B = Alliance.of("342", "高粱");

  private static Arguments c(String name, Class<? extends Throwable> type, Executable e,
      String message) {
    return Arguments.of(name, type, e, message);
  }

  private static PanelReview.Builder review() {
    return io.allianceeval.review.ReviewFixtures.builder();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c("code of the wrong shape", IllegalArgumentException.class,
            () -> AllianceCode.parse("4O1"), "must be 1NN, 2NN, 3NN or DNNN: '4O1'"),
        c("negative fact", IllegalArgumentException.class,
            () -> ActivityRecord.builder(A, 2019).fact(Standard2019.STANDARDS, -1),
            "alliance 105, fact standards: must be a non-negative whole number: -1"),
        c("record year out of range", IllegalArgumentException.class,
            () -> ActivityRecord.builder(A, 1999), "year must be from 2000 to 2100: 1999"),
        c("evaluation year out of range", IllegalArgumentException.class,
            () -> Evaluation.forYear(2101), "year must be from 2000 to 2100: 2101"),
        c("record of another year", InvalidInputException.class,
            () -> Evaluation.forYear(2019).score(List.of(Records.top(A, 2018))),
            "alliance 105: record is for 2018, expected 2019"),
        c("two records for one code", InvalidInputException.class,
            () -> Evaluation.forYear(2019).score(List.of(Records.top(A, 2019),
                Records.top(A, 2019))), "alliance 105: 2 records, expected one"),
        c("roster lacks an evaluated alliance", InvalidInputException.class,
            () -> Evaluation.forYear(2019).withPopulation(Population.ofRoster(List.of(A)))
                .score(List.of(Records.top(B, 2019))), "alliance 342: not on the roster"),
        c("population smaller than a batch's records", InvalidInputException.class,
            () -> Evaluation.forYear(2019).withPopulation(Population.ofCounts(0, 0, 0, 0))
                .score(List.of(Records.top(A, 2019))),
            "FIRST batch: 1 alliances have a record, but the population counts only 0"),
        c("negative population count", InvalidInputException.class,
            () -> Population.ofCounts(-1, 0, 0, 0), "FIRST: count must not be negative: -1"),
        c("user policy that throws", PolicyFailureException.class,
            () -> Evaluation.forYear(2019).withIndicatorSystem(IndicatorSystem.standard2019()
                .toBuilder().replacePolicy("2.5", r -> {
                  throw new IllegalStateException("database down");
                }).build()).score(List.of(Records.top(A, 2019))),
            "alliance 105, indicator 2.5: policy"),
        c("user policy out of range", PolicyFailureException.class,
            () -> Evaluation.forYear(2019).withIndicatorSystem(IndicatorSystem.standard2019()
                .toBuilder().replacePolicy("2.5", r -> Assessment.of(9, "x")).build())
                .score(List.of(Records.top(A, 2019))), "returned 9 points, expected 0 to 6"),
        c("indicator system that does not add up", InvalidInputException.class,
            () -> IndicatorSystem.standard2019().toBuilder().remove("2.9").build(),
            "group 2: indicators add up to 40 points, expected the group's 45"),
        c("ladder where more activity scores less", IllegalArgumentException.class,
            () -> IndicatorPolicy.ladder(Standard2019.STANDARDS).atLeast(1, 6).atLeast(2, 3).build(),
            "a better value must not score fewer points"),
        c("tier scheme with a gap", InvalidInputException.class,
            () -> TierScheme.builder().band(Tier.HIGH, 85, 100).band(Tier.INACTIVE, 0, 80)
                .build(), "gap: no tier for 81-84"),
        c("tier scheme with an overlap", InvalidInputException.class,
            () -> TierScheme.builder().band(Tier.HIGH, 80, 100).band(Tier.INACTIVE, 0, 80)
                .build(), "overlap"),
        c("published score with a third decimal", IllegalArgumentException.class,
            () -> PublishedResult.scored(A, Points.parse("80.125")),
            "points must have at most two decimals: 80.125"),
        c("published score 100.5", InvalidInputException.class,
            () -> Evaluation.forYear(2019).fromPublished(List.of(PublishedResult.scored(A, Points.parse("100.5")))),
            "alliance 105: score must be from 0 to 100: 100.5"),
        c("published tier against its score", InvalidInputException.class,
            () -> Evaluation.forYear(2019).fromPublished(List.of(
                PublishedResult.of(B, 80, Tier.HIGH))),
            "alliance 342: tier HIGH disagrees with score 80, which is FAIRLY_HIGH 70-84"),
        c("expert scores an unassigned alliance", InvalidInputException.class,
            () -> review().entries(List.of(ScoreEntry.total(Round.ONE, "E05",
                AllianceCode.parse("105"), 80))).build(),
            "expert E05 戊 is not assigned to alliance 105"),
        c("expert scores an affiliated alliance", InvalidInputException.class,
            () -> review().entries(List.of(ScoreEntry.total(Round.TWO, "E01",
                AllianceCode.parse("342"), 80))).build(), "is affiliated with alliance 342"),
        c("decision for an unflagged alliance", InvalidInputException.class,
            () -> review().build().withDecisions(List.of(new Decision(AllianceCode.parse("105"),
                90, "x", "y"))), "it is not flagged"),
        c("finalising with unresolved flags", IllegalStateException.class,
            () -> review().build().finalScores(), "await collective review"),
        c("history with a year twice", InvalidInputException.class,
            () -> History.of(List.of(
                Evaluation.forYear(2019).fromPublished(List.of(PublishedResult.scored(A, 90))),
                Evaluation.forYear(2019).fromPublished(List.of(PublishedResult.scored(B, 90))))),
            "year 2019: given 2 times, expected once"),
        c("award year the history cannot decide", IllegalArgumentException.class,
            () -> ConsecutiveYearAward.aLevel().award(History.of(List.of(
                Evaluation.forYear(2019).fromPublished(List.of(PublishedResult.scored(A, 90))))),
                2019), "the history lacks [2017, 2018]"),
        c("share larger than its whole", IllegalArgumentException.class,
            () -> Share.of(5, 4), "share needs 0 <= part <= whole: 5/4"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInput_getsThePreciseExceptionAndAClearMessage(String name,
      Class<? extends Throwable> type, Executable executable, String message) {
    Throwable t = assertThrows(type, executable);
    assertTrue(t.getMessage().contains(message), "expected «" + message + "» in: "
        + t.getMessage());
  }
}
