package io.allianceeval.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.Fact;
import io.allianceeval.model.Points;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ladder rules as text, the form an indicator-system table keeps them in, and system equality. */
class StepsTextTest {

  private static final IndicatorSystem STANDARD = IndicatorSystem.standard2019();

  private static Fact factOf(IndicatorPolicy p) {
    Set<Fact> facts = new LinkedHashSet<>(p.requiredFacts());
    facts.addAll(p.optionalFacts());
    return facts.iterator().next();
  }

  @Test
  void everyStandardRule_readsBackFromItsSteps() {
    IndicatorSystem.Builder b = IndicatorSystem.builder("standard 2019").total(100);
    STANDARD.groups().forEach(g -> b.group(g.id(), g.chineseName(), g.englishName(), g.points()));
    for (Indicator i : STANDARD.indicators()) {
      IndicatorPolicy p = STANDARD.policy(i.id());
      IndicatorPolicy back = IndicatorPolicy.ladder(factOf(p), p.steps().orElseThrow());
      assertEquals(p, back, i.id());
      b.indicator(i.id(), i.chineseName(), i.englishName(), i.maxPoints(), back);
    }
    assertEquals(STANDARD, b.build());
    assertEquals(STANDARD.hashCode(), b.build().hashCode());
    assertEquals(">=4:4; >=2:2; >=1:1", STANDARD.policy("1.4").steps().orElseThrow());
    assertEquals("<=6:4; <=12:2; blank(no website):0",
        STANDARD.policy("1.5").steps().orElseThrow());
  }

  @Test
  void reweightedRules_showTheirScaledPoints_andAreNotTheStandardSystem() {
    IndicatorSystem w = STANDARD.toBuilder().reweight("1.4", Points.parse("5.3")).reweight("1.1", Points.parse("3.7")).build();
    assertEquals(">=4:5.3; >=2:2.65; >=1:1.33", w.policy("1.4").steps().orElseThrow());
    assertNotEquals(STANDARD, w);
    assertEquals(STANDARD, STANDARD.toBuilder().build());
    assertEquals(Optional.empty(), IndicatorPolicy.of(Standard2019.STANDARDS,
        n -> Assessment.of(0, "none")).steps());
  }

  @Test
  void unreadableSteps_nameTheFactAndTheStep() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorPolicy.ladder(Standard2019.STANDARDS, ">=2:6; more:3"));
    assertEquals("standards: cannot read the step 'more:3': expected >=N:P, <=N:P or blank:P",
        e.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> IndicatorPolicy.ladder(Standard2019.STANDARDS, ">=2:6; <=1:3")).getMessage()
        .contains("either atLeast or atMost steps"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> IndicatorPolicy.ladder(Standard2019.STANDARDS, ">=2:3; >=1:6")).getMessage()
        .contains("a better value must not score fewer points"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> IndicatorPolicy.ladder(Standard2019.STANDARDS, ">=2:6.125")).getMessage()
        .contains("at most two decimals"));
    assertThrows(IllegalArgumentException.class,
        () -> IndicatorPolicy.ladder(Standard2019.STANDARDS, " "));
    assertEquals("standards: 2 or more standards -> 6, 1 standard -> 3, 0 standards -> 0",
        IndicatorPolicy.ladder(Standard2019.STANDARDS, "≥2：6；≥1:3").toString());
  }
}
