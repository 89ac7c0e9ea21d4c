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
import io.allianceeval.statistics.Distribution;
import io.allianceeval.statistics.Share;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

  // The report's sentences as sums of the tier × batch table, the way ReportModel computes them.

  private static int count(Tier t) {
    return d.count(Set.of(t), Distribution.ALL_BATCHES);
  }

  private static Share ofParticipants(Tier t) {
    return d.ofParticipants(Set.of(t));
  }

  private static Share ofPopulation(Tier t) {
    return d.ofPopulation(Set.of(t));
  }

  private static Share ofParticipants(Tier t, Batch b) {
    return Share.of(d.count(t, b), d.participants(Distribution.ALL_BATCHES));
  }

  private static Share ofPopulation(Tier t, Batch b) {
    return Share.of(d.count(t, b), d.population().total());
  }

  private static Share ofBatchPopulation(Tier t, Batch b) {
    return Share.of(d.count(t, b), d.population().count(b));
  }

  private static Share ofTier(Tier t, Batch b, Set<Batch> scope) {
    return Share.of(d.count(t, b), d.count(Set.of(t), scope));
  }

  private static List<Share> batchesOfTier(Tier t, Set<Batch> scope) {
    return scope.stream().map(b -> ofTier(t, b, scope)).toList();
  }

  private static List<Share> tiersOfParticipants() {
    return java.util.Arrays.stream(Tier.values()).map(t -> ofParticipants(t)).toList();
  }

  private static List<Share> tiersOfPopulation() {
    List<Share> all = new java.util.ArrayList<>(java.util.Arrays.stream(Tier.values())
        .map(t -> ofPopulation(t)).toList());
    all.add(d.nonParticipantsOfPopulation());
    return all;
  }

  @Test
  void population_participants_nonParticipants() {
    assertEquals(157, d.population().total());
    assertEquals(99, d.participants(Distribution.ALL_BATCHES));
    assertEquals(58, d.nonParticipants(Distribution.ALL_BATCHES));
    assertEquals("36.94", pct(d.nonParticipantsOfPopulation()));
  }

  @Test
  void participantsAndNonParticipantsByBatch() {
    assertArrayEquals(new int[] {37, 18, 34, 10},
        java.util.Arrays.stream(Batch.values()).mapToInt(b -> d.participants(Set.of(b))).toArray());
    assertArrayEquals(new int[] {15, 21, 21, 1},
        java.util.Arrays.stream(Batch.values()).mapToInt(b -> d.nonParticipants(Set.of(b))).toArray());
  }

  @Test
  void high() {
    assertEquals(35, count(Tier.HIGH));
    assertEquals("35.35", pct(ofParticipants(Tier.HIGH)));
    assertEquals("22.29", pct(ofPopulation(Tier.HIGH)));
    assertArrayEquals(new int[] {17, 7, 9, 2}, byBatch(Tier.HIGH));
  }

  @Test
  void fairlyHigh() {
    assertEquals(19, count(Tier.FAIRLY_HIGH));
    assertEquals("19.19", pct(ofParticipants(Tier.FAIRLY_HIGH)));
    assertEquals("12.10", pct(ofPopulation(Tier.FAIRLY_HIGH)));
    assertArrayEquals(new int[] {3, 2, 10, 4}, byBatch(Tier.FAIRLY_HIGH));
  }

  @Test
  void average_bothPrintedFigures() {
    assertEquals(37, count(Tier.AVERAGE));
    assertEquals("37.37", pct(ofParticipants(Tier.AVERAGE)));          // section 三.8
    assertEquals("37.38", Apportionment.LARGEST_REMAINDER                // section 三.1
        .percentages(tiersOfParticipants()).get(Tier.AVERAGE.ordinal()).toPlainString());
    assertEquals("23.57", pct(ofPopulation(Tier.AVERAGE)));
    assertArrayEquals(new int[] {15, 7, 11, 4}, byBatch(Tier.AVERAGE));
  }

  @Test
  void inactive() {
    assertEquals(8, count(Tier.INACTIVE));
    assertEquals("8.08", pct(ofParticipants(Tier.INACTIVE)));
    assertEquals("5.10", pct(ofPopulation(Tier.INACTIVE)));
    assertArrayEquals(new int[] {2, 2, 4, 0}, byBatch(Tier.INACTIVE));
  }

  @Test
  void tiersOfParticipants_largestRemainderSumsTo100_asSection1Prints() {
    assertEquals(List.of("35.35", "19.19", "37.38", "8.08"),
        pcts(Apportionment.LARGEST_REMAINDER.percentages(tiersOfParticipants())));
    assertEquals(List.of("22.29", "12.10", "23.57", "5.10", "36.94"),
        pcts(Apportionment.LARGEST_REMAINDER.percentages(tiersOfPopulation())));
  }

  @Test
  void highOrFairlyHigh() {
    assertEquals(54, d.count(ACTIVE, Distribution.ALL_BATCHES));
    assertEquals("54.55", pct(d.ofParticipants(ACTIVE)));
    assertEquals("34.39", pct(d.ofPopulation(ACTIVE)));
    assertArrayEquals(new int[] {20, 9, 19, 6},
        java.util.Arrays.stream(Batch.values()).mapToInt(b -> d.count(ACTIVE, Set.of(b))).toArray());
  }

  @Test
  void averageOrInactive_byBatch() {
    EnumSet<Tier> rest = EnumSet.of(Tier.AVERAGE, Tier.INACTIVE);
    assertArrayEquals(new int[] {17, 9, 15, 4},
        java.util.Arrays.stream(Batch.values()).mapToInt(b -> d.count(rest, Set.of(b))).toArray());
  }

  @Test
  void high_byPilotBatch() {
    assertEquals(33, d.count(Set.of(Tier.HIGH), Distribution.PILOTS));
    assertEquals("51.52", pct(ofTier(Tier.HIGH, Batch.FIRST, Distribution.PILOTS)));
    assertEquals("32.69", pct(ofBatchPopulation(Tier.HIGH, Batch.FIRST)));
    assertEquals("21.21", pct(ofTier(Tier.HIGH, Batch.SECOND, Distribution.PILOTS)));
    assertEquals("27.27", pct(ofTier(Tier.HIGH, Batch.THIRD, Distribution.PILOTS)));
    assertEquals("17.95", pct(ofBatchPopulation(Tier.HIGH, Batch.SECOND)));
    assertEquals("16.36", pct(ofBatchPopulation(Tier.HIGH, Batch.THIRD)));
  }

  @Test
  void high_networkMembers() {
    assertEquals("5.71", pct(ofTier(Tier.HIGH, Batch.NETWORK, Distribution.ALL_BATCHES)));
    assertEquals("2.02", pct(ofParticipants(Tier.HIGH, Batch.NETWORK)));
    assertEquals("1.27", pct(ofPopulation(Tier.HIGH, Batch.NETWORK)));
  }

  @Test
  void fairlyHigh_byBatch() {
    assertEquals(15, d.count(Set.of(Tier.FAIRLY_HIGH), Distribution.PILOTS));
    assertEquals(List.of("20.00", "13.33", "66.67"), pcts(Apportionment.HALF_UP
        .percentages(batchesOfTier(Tier.FAIRLY_HIGH, Distribution.PILOTS))));
    assertEquals("5.77", pct(ofBatchPopulation(Tier.FAIRLY_HIGH, Batch.FIRST)));
    assertEquals("5.13", pct(ofBatchPopulation(Tier.FAIRLY_HIGH, Batch.SECOND)));
    assertEquals("18.18", pct(ofBatchPopulation(Tier.FAIRLY_HIGH, Batch.THIRD)));
    assertEquals("21.05", pct(ofTier(Tier.FAIRLY_HIGH, Batch.NETWORK, Distribution.ALL_BATCHES)));
    assertEquals("4.04", pct(ofParticipants(Tier.FAIRLY_HIGH, Batch.NETWORK)));
    assertEquals("2.55", pct(ofPopulation(Tier.FAIRLY_HIGH, Batch.NETWORK)));
  }

  @Test
  void average_byBatch_plainResidualAndLargestRemainder() {
    List<Share> shares = batchesOfTier(Tier.AVERAGE, Distribution.PILOTS);
    assertEquals(33, shares.get(0).whole());
    assertEquals(List.of("45.45", "21.21", "33.33"), pcts(Apportionment.HALF_UP.percentages(shares)));
    // as the report prints it: the third batch as the residual
    assertEquals(List.of("45.45", "21.21", "33.34"), pcts(Apportionment.residual(shares, 2)));
    // true largest remainder puts the hundredth elsewhere (documented in README)
    assertEquals(List.of("45.46", "21.21", "33.33"),
        pcts(Apportionment.LARGEST_REMAINDER.percentages(shares)));
    assertEquals("28.85", pct(ofBatchPopulation(Tier.AVERAGE, Batch.FIRST)));
    assertEquals("17.95", pct(ofBatchPopulation(Tier.AVERAGE, Batch.SECOND)));
    assertEquals("20.00", pct(ofBatchPopulation(Tier.AVERAGE, Batch.THIRD)));
    assertEquals("10.81", pct(ofTier(Tier.AVERAGE, Batch.NETWORK, Distribution.ALL_BATCHES)));
    assertEquals("4.04", pct(ofParticipants(Tier.AVERAGE, Batch.NETWORK)));
    assertEquals("2.55", pct(ofPopulation(Tier.AVERAGE, Batch.NETWORK)));
  }

  @Test
  void inactive_byBatch() {
    assertEquals(List.of("25.00", "25.00", "50.00"), pcts(Apportionment.HALF_UP
        .percentages(batchesOfTier(Tier.INACTIVE, Distribution.PILOTS))));
    assertEquals("3.85", pct(ofBatchPopulation(Tier.INACTIVE, Batch.FIRST)));
    assertEquals("5.13", pct(ofBatchPopulation(Tier.INACTIVE, Batch.SECOND)));
    assertEquals("7.27", pct(ofBatchPopulation(Tier.INACTIVE, Batch.THIRD)));
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
    assertEquals(152, d2018.population().total());
    assertEquals(88, d2018.participants(Distribution.ALL_BATCHES));
    assertEquals("51.14", pct(d2018.ofParticipants(ACTIVE)));
    assertEquals("29.61", pct(d2018.ofPopulation(ACTIVE)));
  }
}
