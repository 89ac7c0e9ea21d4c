package io.allianceeval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.TierScheme;
import io.allianceeval.testing.Records;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Ranks follow the published whole-point totals; totals a scheme cannot tier are all reported. */
class RankingAndRangeTest {

  private static final Alliance A105 = Alliance.of("105", "TD 产业技术创新战略联盟");
  private static final Alliance A110 = Alliance.of("110", "半导体照明产业技术创新战略联盟");
  private static final Alliance A212 = Alliance.of("212", "电动汽车产业技术创新战略联盟");
  private static final Alliance A342 = Alliance.of("342", "高粱产业技术创新战略联盟");

  @Test
  void totalsPublishedAsTheSameWholePoint_shareARank_orderedByExactTotalThenCode() {
    EvaluationResult r = Evaluation.forYear(2019).fromPublished(List.of(
        PublishedResult.scored(A342, Points.parse("84.5")),
        PublishedResult.scored(A212, 84),
        PublishedResult.scored(A110, 85),
        PublishedResult.scored(A105, Points.parse("84.6"))));
    List<Participant> ps = r.participants();
    assertEquals(List.of("110", "105", "342", "212"),
        ps.stream().map(p -> p.code().toString()).toList());
    assertEquals(List.of(1, 1, 1, 4), ps.stream().map(p -> p.rank().getAsInt()).toList());
    assertEquals(List.of(85, 85, 85, 84),
        ps.stream().map(p -> p.roundedTotal().getAsInt()).toList());
    assertEquals(Points.parse("84.6"), ps.get(1).total().get(), "the exact total stays available");
    assertEquals(List.of(Tier.HIGH, Tier.HIGH, Tier.HIGH, Tier.FAIRLY_HIGH),
        ps.stream().map(Participant::tier).toList());
  }

  @Test
  void equalWholeTotals_tieByCode() {
    EvaluationResult r = Evaluation.forYear(2019).fromPublished(List.of(
        PublishedResult.scored(A342, 85), PublishedResult.scored(A105, 85)));
    assertEquals("105", r.participants().get(0).code().toString());
    assertEquals(OptionalInt.of(1), r.participants().get(1).rank());
  }

  @Test
  void totalsBelowTheScheme_areEveryOneReported_namingTheAlliance() {
    TierScheme fromTen = TierScheme.builder()
        .band(Tier.HIGH, 85, 100).band(Tier.FAIRLY_HIGH, 70, 84)
        .band(Tier.AVERAGE, 50, 69).band(Tier.INACTIVE, 10, 49).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Evaluation.forYear(2019).withTierScheme(fromTen).score(List.of(
            Records.zero(A342, 2019), Records.top(A110, 2019), Records.zero(A105, 2019))));
    assertEquals(List.of(
        "alliance 342: total 0 lies outside the tier scheme's range 10 to 100",
        "alliance 105: total 0 lies outside the tier scheme's range 10 to 100"), e.messages());
    assertEquals(List.of(0), e.problems().get(0).positions());
    assertEquals(List.of(2), e.problems().get(1).positions());
    assertEquals(java.util.Optional.of("total"), e.problems().get(0).field());
  }

  @Test
  void everyYear_isScoredWithTheStandard2019Model_andTheResultSaysSo() {
    EvaluationResult r = Evaluation.forYear(2025).score(List.of(Records.top(A105, 2025)));
    assertEquals(IndicatorSystem.standard2019(), r.indicatorSystem());
    assertEquals("standard 2019", r.indicatorSystem().name());
    assertEquals(true, r.scoredFromRecords());
  }

  @Test
  void withinATier_rowsWithAScoreComeBeforeTierOnlyRows() {
    EvaluationResult r = Evaluation.forYear(2019).fromPublished(List.of(
        PublishedResult.tierOnly(A105, Tier.INACTIVE),
        PublishedResult.scored(A342, 40)));
    assertEquals(List.of("342", "105"), r.participants().stream()
        .map(p -> p.code().toString()).toList());
    assertEquals("#1 342 高粱产业技术创新战略联盟: 40 INACTIVE", r.participants().get(0).toString());
    assertEquals("105 TD 产业技术创新战略联盟: INACTIVE", r.participants().get(1).toString());
  }
}
