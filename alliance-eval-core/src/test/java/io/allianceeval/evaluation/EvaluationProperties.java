package io.allianceeval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.IndicatorScore;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Scorecard;
import io.allianceeval.scoring.Standard2019;
import io.allianceeval.scoring.TierScheme;
import io.allianceeval.testing.Records;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class EvaluationProperties {

  private static final IndicatorSystem STANDARD = IndicatorSystem.standard2019();

  @Provide
  Arbitrary<ActivityRecord> records() {
    Arbitrary<AllianceCode> codes = Combinators.combine(
            Arbitraries.of(Batch.values()), Arbitraries.integers().between(1, 99))
        .as((b, n) -> AllianceCode.parse(b == Batch.NETWORK
            ? String.format("D%03d", n) : (b.ordinal() + 1) + String.format("%02d", n)));
    Arbitrary<int[]> values = Arbitraries.integers().between(-1, 15).array(int[].class).ofSize(20);
    return Combinators.combine(codes, values).as((code, v) -> {
      ActivityRecord.Builder b = ActivityRecord.builder(Alliance.of(code, "联盟 " + code), 2019);
      for (int i = 0; i < 20; i++) {
        if (v[i] >= 0) {
          b.fact(Standard2019.facts().get(i), v[i]);
        } else if (Standard2019.facts().get(i) == Standard2019.WEBSITE_MONTHS_SINCE_UPDATE) {
          b.missing(Standard2019.facts().get(i));
        } else {
          b.fact(Standard2019.facts().get(i), 0);
        }
      }
      return b.build();
    });
  }

  @Provide
  Arbitrary<List<ActivityRecord>> recordSets() {
    return records().list().ofMaxSize(40).uniqueElements(r -> r.code());
  }

  @Property
  void total_isTheSumOfIndicatorPoints_andEachIsWithinItsMaximum(
      @ForAll("records") ActivityRecord record) {
    Scorecard card = STANDARD.score(record);
    Points sum = Points.ZERO;
    for (IndicatorScore s : card.indicatorScores()) {
      assertTrue(!s.points().isNegative()
          && s.points().compareTo(s.indicator().maxPoints()) <= 0, s.toString());
      sum = sum.plus(s.points());
    }
    assertEquals(sum, card.total());
    Points groups = card.subtotals().values().stream().reduce(Points.ZERO, Points::plus);
    assertEquals(card.total(), groups);
  }

  @Property
  void tier_neverDecreasesAsTheTotalGrows(
      @ForAll @IntRange(min = 0, max = 10_000) int a,
      @ForAll @IntRange(min = 0, max = 10_000) int b) {
    TierScheme s = TierScheme.standard();
    Points lo = Points.ofHundredths(Math.min(a, b));
    Points hi = Points.ofHundredths(Math.max(a, b));
    assertTrue(s.tierOf(hi).isAtLeast(s.tierOf(lo)), lo + " " + hi);
  }

  @Property
  void shufflingTheRecords_changesNothing(
      @ForAll("recordSets") List<ActivityRecord> records, @ForAll long seed) {
    List<ActivityRecord> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed));
    Evaluation e = Evaluation.forYear(2019);
    assertEquals(e.score(records), e.score(shuffled));
  }

  @Property
  void ranks_areStandardCompetitionRanks(@ForAll("recordSets") List<ActivityRecord> records) {
    List<Participant> ps = Evaluation.forYear(2019).score(records).participants();
    for (int i = 0; i < ps.size(); i++) {
      Participant p = ps.get(i);
      long better = ps.stream()
          .filter(q -> q.total().get().compareTo(p.total().get()) > 0).count();
      assertEquals(better + 1, p.rank().getAsInt());
      if (i > 0) {
        assertTrue(ps.get(i - 1).total().get().compareTo(p.total().get()) >= 0);
      }
    }
  }

  @Property
  void topRecord_scores100_andZeroRecordWithoutWebsite_scores0(
      @ForAll @IntRange(min = 1, max = 99) int n) {
    Alliance a = Alliance.of(AllianceCode.parse(String.format("1%02d", n)), "x");
    assertEquals(Points.of(100), STANDARD.score(Records.top(a, 2019)).total());
    assertEquals(Points.of(0), STANDARD.score(Records.zero(a, 2019)).total());
    assertEquals(Tier.HIGH, Evaluation.forYear(2019).score(List.of(Records.top(a, 2019)))
        .participants().get(0).tier());
  }

  @Property
  void everyRecordIsEitherAParticipantOrANonParticipant(
      @ForAll("recordSets") List<ActivityRecord> records) {
    EvaluationResult r = Evaluation.forYear(2019).score(records);
    Set<AllianceCode> seen = new TreeSet<>();
    r.participants().forEach(p -> assertTrue(seen.add(p.code())));
    r.nonParticipants().forEach(p -> assertTrue(seen.add(p.code())));
    assertEquals(records.size(), seen.size());
  }
}
