package io.allianceeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Fact;
import io.allianceeval.model.Points;
import io.allianceeval.testing.Records;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of exact points, over reweightings and records drawn at random. */
class ExactPointsProperties {

  private static final Alliance A = Alliance.of("105", "TD 产业技术创新战略联盟");
  private static final IndicatorSystem STANDARD = IndicatorSystem.standard2019();

  /** The standard system with one indicator reweighted and its group and total following. */
  private static IndicatorSystem reweighted(int indicator, long hundredths) {
    Indicator ind = STANDARD.indicators().get(indicator);
    Points to = Points.ofHundredths(hundredths);
    Points delta = to.minus(ind.maxPoints());
    return STANDARD.toBuilder()
        .reweight(ind.id(), to)
        .groupPoints(ind.group().id(), ind.group().points().plus(delta))
        .total(STANDARD.total().plus(delta))
        .build();
  }

  @Property
  void reweightingAnyIndicatorToAnyTwoDecimalValue_keepsFullMarksExactlyAtTheNewMaximum(
      @ForAll @IntRange(min = 0, max = 19) int indicator,
      @ForAll @IntRange(min = 1, max = 100_000) int hundredths) {
    IndicatorSystem system = reweighted(indicator, hundredths);
    Scorecard card = system.score(Records.top(A, 2019));
    String id = STANDARD.indicators().get(indicator).id();
    assertEquals(Points.ofHundredths(hundredths), card.points(id));
    assertEquals(system.total(), card.total());
  }

  @Property
  void systemTotal_isTheExactSumOfTheIndicatorPoints(
      @ForAll @IntRange(min = 0, max = 19) int indicator,
      @ForAll @IntRange(min = 1, max = 100_000) int hundredths,
      @ForAll @Size(20) List<@IntRange(min = 0, max = 14) Integer> values) {
    IndicatorSystem system = reweighted(indicator, hundredths);
    Scorecard card = system.score(record(values));
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator i : system.indicators()) {
      sum = sum.add(card.points(i.id()).toBigDecimal());
    }
    assertEquals(0, sum.compareTo(card.total().toBigDecimal()), sum + " vs " + card.total());
    for (IndicatorGroup g : system.groups()) {
      BigDecimal group = BigDecimal.ZERO;
      for (Indicator i : system.indicators(g)) {
        group = group.add(card.points(i.id()).toBigDecimal());
      }
      assertEquals(0, group.compareTo(card.subtotal(g.id()).toBigDecimal()));
    }
  }

  @Property
  void stockPolicies_neverFail_andStayWithinTheirMaximum(
      @ForAll @IntRange(min = 0, max = 19) int indicator,
      @ForAll @IntRange(min = 1, max = 100_000) int hundredths,
      @ForAll @Size(20) List<@IntRange(min = 0, max = 14) Integer> values) {
    IndicatorSystem system = reweighted(indicator, hundredths);
    ActivityRecord r = record(values);
    Scorecard card = system.score(r); // throws PolicyFailureException if a policy broke
    for (IndicatorScore s : card.indicatorScores()) {
      Points p = s.points();
      assertEquals(true, !p.isNegative() && p.compareTo(s.indicator().maxPoints()) <= 0,
          s.toString());
    }
  }

  /** A record with the given values; 14 for the website means no website. */
  private static ActivityRecord record(List<Integer> values) {
    ActivityRecord.Builder b = ActivityRecord.builder(A, 2019);
    List<Fact> facts = Standard2019.facts();
    for (int i = 0; i < facts.size(); i++) {
      if (facts.get(i) != Standard2019.WEBSITE_MONTHS_SINCE_UPDATE || values.get(i) < 14) {
        b.fact(facts.get(i), values.get(i));
      }
    }
    return b.build();
  }
}
