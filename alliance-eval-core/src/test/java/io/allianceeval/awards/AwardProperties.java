package io.allianceeval.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Tier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AwardProperties {

  private static final int FIRST = 2012;
  private static final int YEARS = 8;

  /** tiers[y][a]: tier ordinal of alliance a in year FIRST + y, or -1 for not taking part. */
  @Provide
  Arbitrary<int[][]> tiers() {
    return Arbitraries.integers().between(-1, 3).array(int[].class).ofSize(12)
        .array(int[][].class).ofSize(YEARS);
  }

  private static List<PublishedResult> rows(int[] tiers) {
    List<PublishedResult> rows = new ArrayList<>();
    for (int a = 0; a < tiers.length; a++) {
      if (tiers[a] >= 0) {
        String code = String.format("1%02d", a + 1);
        rows.add(PublishedResult.tierOnly(Alliance.of(code, "联盟 " + code),
            Tier.values()[tiers[a]]));
      }
    }
    return rows;
  }

  private static List<EvaluationResult> results(int[][] tiers, long shuffleSeed) {
    List<EvaluationResult> results = new ArrayList<>();
    for (int y = 0; y < YEARS; y++) {
      List<PublishedResult> rows = rows(tiers[y]);
      if (shuffleSeed != 0) {
        Collections.shuffle(rows, new Random(shuffleSeed + y));
      }
      results.add(Evaluation.forYear(FIRST + y).fromPublished(rows));
    }
    if (shuffleSeed != 0) {
      Collections.shuffle(results, new Random(shuffleSeed));
    }
    return results;
  }

  private static Set<AllianceCode> awarded(History h, int n, int year) {
    return ConsecutiveYearAward.of(Tier.HIGH, n).award(h, year).awarded().stream()
        .map(Alliance::code).collect(Collectors.toSet());
  }

  @Property
  void shufflingTheInput_changesNothing(@ForAll("tiers") int[][] tiers, @ForAll long seed) {
    History plain = History.of(results(tiers, 0));
    History shuffled = History.of(results(tiers, seed == 0 ? 1 : seed));
    for (int year = FIRST + 3; year < FIRST + YEARS; year++) {
      AwardResult a = ConsecutiveYearAward.aLevel().award(plain, year);
      AwardResult b = ConsecutiveYearAward.aLevel().award(shuffled, year);
      assertEquals(a.awarded(), b.awarded());
      assertEquals(a.newlyAwarded(), b.newlyAwarded());
      assertEquals(a.dropped(), b.dropped());
    }
  }

  @Property
  void anAllianceMissingFromAYearOfTheWindow_isNeverAwarded(@ForAll("tiers") int[][] tiers,
      @ForAll @IntRange(min = 1, max = 5) int n) {
    History h = History.of(results(tiers, 0));
    int year = FIRST + YEARS - 1;
    for (AllianceCode c : awarded(h, n, year)) {
      for (int y = year - n + 1; y <= year; y++) {
        assertTrue(h.participant(y, c).isPresent(), c + " in " + y);
      }
    }
  }

  @Property
  void loweringN_neverRemovesAnAward(@ForAll("tiers") int[][] tiers,
      @ForAll @IntRange(min = 2, max = 6) int n) {
    History h = History.of(results(tiers, 0));
    int year = FIRST + YEARS - 1;
    assertTrue(awarded(h, n - 1, year).containsAll(awarded(h, n, year)));
  }

  @Property
  void awardedInYAndHighInYPlus1_isAwardedInYPlus1(@ForAll("tiers") int[][] tiers,
      @ForAll @IntRange(min = 1, max = 4) int n) {
    History h = History.of(results(tiers, 0));
    for (int year = FIRST + n - 1; year < FIRST + YEARS - 1; year++) {
      Set<AllianceCode> next = awarded(h, n, year + 1);
      for (AllianceCode c : awarded(h, n, year)) {
        boolean highNext = h.participant(year + 1, c).map(p -> p.tier() == Tier.HIGH)
            .orElse(false);
        if (highNext) {
          assertTrue(next.contains(c), c + " in " + (year + 1));
        } else {
          assertFalse(next.contains(c));
        }
      }
    }
  }
}
