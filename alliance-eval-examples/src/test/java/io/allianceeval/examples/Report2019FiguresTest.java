package io.allianceeval.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.evaluation.Population;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.examples.io.ScoreSheet;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.statistics.Apportionment;
import io.allianceeval.statistics.Distribution.BatchScope;
import io.allianceeval.statistics.Distribution;
import io.allianceeval.statistics.Share;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure of SPEC §6 (the 2019 report's sections 三 and 五, as far as 附件 2 decides them),
 * computed from the repository's copy of {@code scores-2019.csv} and the population 52/39/55/11.
 */
class Report2019FiguresTest {

  private static EvaluationResult result;
  private static Distribution d;
  private static final EnumSet<Tier> ACTIVE = EnumSet.of(Tier.HIGH, Tier.FAIRLY_HIGH);

  @BeforeAll
  static void readPublishedTable() throws Exception {
    ScoreSheet sheet = ScoreSheet.read(TestFiles.data("scores-2019.csv"));
    result = sheet.evaluate(Evaluation.forYear(2019)
        .withPopulation(Population.ofCounts(52, 39, 55, 11)));
    d = Distribution.of(result);
  }

  private static String pct(Share s) {
    return s.percent().toPlainString();
  }

  private static List<String> pcts(List<BigDecimal> values) {
    return values.stream().map(BigDecimal::toPlainString).toList();
  }

  private static int[] byBatch(Tier tier) {
    return java.util.Arrays.stream(Batch.values()).mapToInt(b -> d.count(tier, b)).toArray();
  }

  @Test
  void population_participants_nonParticipants() {
    assertEquals(157, d.population());
    assertEquals(99, d.participants());
    assertEquals(58, d.nonParticipants());
    assertEquals("36.94", pct(d.nonParticipantsOfPopulation()));
  }

  @Test
  void participantsAndNonParticipantsByBatch() {
    assertArrayEquals(new int[] {37, 18, 34, 10},
        java.util.Arrays.stream(Batch.values()).mapToInt(d::participants).toArray());
    assertArrayEquals(new int[] {15, 21, 21, 1},
        java.util.Arrays.stream(Batch.values()).mapToInt(d::nonParticipants).toArray());
  }

  @Test
  void high() {
    assertEquals(35, d.count(Tier.HIGH));
    assertEquals("35.35", pct(d.ofParticipants(Tier.HIGH)));
    assertEquals("22.29", pct(d.ofPopulation(Tier.HIGH)));
    assertArrayEquals(new int[] {17, 7, 9, 2}, byBatch(Tier.HIGH));
  }

  @Test
  void fairlyHigh() {
    assertEquals(19, d.count(Tier.FAIRLY_HIGH));
    assertEquals("19.19", pct(d.ofParticipants(Tier.FAIRLY_HIGH)));
    assertEquals("12.10", pct(d.ofPopulation(Tier.FAIRLY_HIGH)));
    assertArrayEquals(new int[] {3, 2, 10, 4}, byBatch(Tier.FAIRLY_HIGH));
  }

  @Test
  void average_bothPrintedFigures() {
    assertEquals(37, d.count(Tier.AVERAGE));
    assertEquals("37.37", pct(d.ofParticipants(Tier.AVERAGE)));          // section 三.8
    assertEquals("37.38", Apportionment.LARGEST_REMAINDER                // section 三.1
        .percentages(d.tiersOfParticipants()).get(Tier.AVERAGE.ordinal()).toPlainString());
    assertEquals("23.57", pct(d.ofPopulation(Tier.AVERAGE)));
    assertArrayEquals(new int[] {15, 7, 11, 4}, byBatch(Tier.AVERAGE));
  }

  @Test
  void inactive() {
    assertEquals(8, d.count(Tier.INACTIVE));
    assertEquals("8.08", pct(d.ofParticipants(Tier.INACTIVE)));
    assertEquals("5.10", pct(d.ofPopulation(Tier.INACTIVE)));
    assertArrayEquals(new int[] {2, 2, 4, 0}, byBatch(Tier.INACTIVE));
  }

  @Test
  void tiersOfParticipants_largestRemainderSumsTo100_asSection1Prints() {
    assertEquals(List.of("35.35", "19.19", "37.38", "8.08"),
        pcts(Apportionment.LARGEST_REMAINDER.percentages(d.tiersOfParticipants())));
    assertEquals(List.of("22.29", "12.10", "23.57", "5.10", "36.94"),
        pcts(Apportionment.LARGEST_REMAINDER.percentages(d.tiersOfPopulation())));
  }

  @Test
  void highOrFairlyHigh() {
    assertEquals(54, d.count(ACTIVE));
    assertEquals("54.55", pct(d.ofParticipants(ACTIVE)));
    assertEquals("34.39", pct(d.ofPopulation(ACTIVE)));
    assertArrayEquals(new int[] {20, 9, 19, 6},
        java.util.Arrays.stream(Batch.values()).mapToInt(b -> d.count(ACTIVE, b)).toArray());
  }

  @Test
  void averageOrInactive_byBatch() {
    EnumSet<Tier> rest = EnumSet.of(Tier.AVERAGE, Tier.INACTIVE);
    assertArrayEquals(new int[] {17, 9, 15, 4},
        java.util.Arrays.stream(Batch.values()).mapToInt(b -> d.count(rest, b)).toArray());
  }

  @Test
  void high_byPilotBatch() {
    assertEquals(33, d.count(EnumSet.of(Tier.HIGH), BatchScope.PILOTS));
    assertEquals("51.52", pct(d.ofTier(Tier.HIGH, Batch.FIRST, BatchScope.PILOTS)));
    assertEquals("32.69", pct(d.ofBatchPopulation(Tier.HIGH, Batch.FIRST)));
    assertEquals("21.21", pct(d.ofTier(Tier.HIGH, Batch.SECOND, BatchScope.PILOTS)));
    assertEquals("27.27", pct(d.ofTier(Tier.HIGH, Batch.THIRD, BatchScope.PILOTS)));
    assertEquals("17.95", pct(d.ofBatchPopulation(Tier.HIGH, Batch.SECOND)));
    assertEquals("16.36", pct(d.ofBatchPopulation(Tier.HIGH, Batch.THIRD)));
  }

  @Test
  void high_networkMembers() {
    assertEquals("5.71", pct(d.ofTier(Tier.HIGH, Batch.NETWORK, BatchScope.ALL)));
    assertEquals("2.02", pct(d.ofParticipants(Tier.HIGH, Batch.NETWORK)));
    assertEquals("1.27", pct(d.ofPopulation(Tier.HIGH, Batch.NETWORK)));
  }

  @Test
  void fairlyHigh_byBatch() {
    assertEquals(15, d.count(EnumSet.of(Tier.FAIRLY_HIGH), BatchScope.PILOTS));
    assertEquals(List.of("20.00", "13.33", "66.67"), pcts(Apportionment.HALF_UP
        .percentages(d.batchesOfTier(Tier.FAIRLY_HIGH, BatchScope.PILOTS))));
    assertEquals("5.77", pct(d.ofBatchPopulation(Tier.FAIRLY_HIGH, Batch.FIRST)));
    assertEquals("5.13", pct(d.ofBatchPopulation(Tier.FAIRLY_HIGH, Batch.SECOND)));
    assertEquals("18.18", pct(d.ofBatchPopulation(Tier.FAIRLY_HIGH, Batch.THIRD)));
    assertEquals("21.05", pct(d.ofTier(Tier.FAIRLY_HIGH, Batch.NETWORK, BatchScope.ALL)));
    assertEquals("4.04", pct(d.ofParticipants(Tier.FAIRLY_HIGH, Batch.NETWORK)));
    assertEquals("2.55", pct(d.ofPopulation(Tier.FAIRLY_HIGH, Batch.NETWORK)));
  }

  @Test
  void average_byBatch_plainResidualAndLargestRemainder() {
    List<Share> shares = d.batchesOfTier(Tier.AVERAGE, BatchScope.PILOTS);
    assertEquals(33, shares.get(0).whole());
    assertEquals(List.of("45.45", "21.21", "33.33"), pcts(Apportionment.HALF_UP.percentages(shares)));
    // as the report prints it: the third batch as the residual
    assertEquals(List.of("45.45", "21.21", "33.34"), pcts(Apportionment.residual(shares, 2)));
    // true largest remainder puts the hundredth elsewhere (documented in README)
    assertEquals(List.of("45.46", "21.21", "33.33"),
        pcts(Apportionment.LARGEST_REMAINDER.percentages(shares)));
    assertEquals("28.85", pct(d.ofBatchPopulation(Tier.AVERAGE, Batch.FIRST)));
    assertEquals("17.95", pct(d.ofBatchPopulation(Tier.AVERAGE, Batch.SECOND)));
    assertEquals("20.00", pct(d.ofBatchPopulation(Tier.AVERAGE, Batch.THIRD)));
    assertEquals("10.81", pct(d.ofTier(Tier.AVERAGE, Batch.NETWORK, BatchScope.ALL)));
    assertEquals("4.04", pct(d.ofParticipants(Tier.AVERAGE, Batch.NETWORK)));
    assertEquals("2.55", pct(d.ofPopulation(Tier.AVERAGE, Batch.NETWORK)));
  }

  @Test
  void inactive_byBatch() {
    assertEquals(List.of("25.00", "25.00", "50.00"), pcts(Apportionment.HALF_UP
        .percentages(d.batchesOfTier(Tier.INACTIVE, BatchScope.PILOTS))));
    assertEquals("3.85", pct(d.ofBatchPopulation(Tier.INACTIVE, Batch.FIRST)));
    assertEquals("5.13", pct(d.ofBatchPopulation(Tier.INACTIVE, Batch.SECOND)));
    assertEquals("7.27", pct(d.ofBatchPopulation(Tier.INACTIVE, Batch.THIRD)));
  }

  @Test
  void fullMarks_sixFirstBatchOneThird320() {
    List<Participant> full = result.participants().stream()
        .filter(p -> p.total().equals(Optional.of(Points.of(100)))).toList();
    assertEquals(7, full.size());
    assertEquals(6, full.stream().filter(p -> p.batch() == Batch.FIRST).count());
    assertEquals(List.of(AllianceCode.parse("320")), full.stream()
        .filter(p -> p.batch() == Batch.THIRD).map(Participant::code).toList());
    full.forEach(p -> assertEquals(1, p.rank().getAsInt()));
  }

  @Test
  void sorghum342_isFairlyHighAt80() {
    Participant p = result.participant(AllianceCode.parse("342")).orElseThrow();
    assertEquals(Optional.of(Points.of(80)), p.total());
    assertEquals(Tier.FAIRLY_HIGH, p.tier());
  }

  @Test
  void bulletin2018_88Participants_45HighOrFairlyHigh_ofPopulation152() {
    // the 2018 bulletin gives only counts: 45 of 88 participants high or fairly high, 152 in all
    List<PublishedResult> rows = new ArrayList<>();
    for (int i = 1; i <= 88; i++) {
      String code = i <= 52 ? String.format("1%02d", i) : String.format("3%02d", i - 52);
      rows.add(PublishedResult.tierOnly(Alliance.of(code, "alliance " + code),
          i <= 45 ? Tier.HIGH : Tier.AVERAGE));
    }
    Distribution d2018 = Distribution.of(Evaluation.forYear(2018)
        .withPopulation(Population.ofCounts(52, 39, 50, 11)).fromPublished(rows));
    assertEquals(152, d2018.population());
    assertEquals(88, d2018.participants());
    assertEquals("51.14", pct(d2018.ofParticipants(ACTIVE)));
    assertEquals("29.61", pct(d2018.ofPopulation(ACTIVE)));
  }
}
