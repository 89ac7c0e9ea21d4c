package io.allianceeval.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.AllianceCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any sequence of phase steps, by anyone, at any time relative to the publicity's end, keeps the
 * order of the phases: a year moves only along a step from its phase, goes back only from the lock
 * to the entries, and never leaves publication.
 */
class PhaseRulesProperties {

  private static final List<Actor> ACTORS = List.of(Actor.office("office"),
      Actor.secretariat("s101", AllianceCode.parse("101")), Actor.expert("e01"));
  private static final Instant END = Instant.parse("2020-04-01T00:00:00Z");

  record Step(Actor actor, PhaseStep step, boolean afterEnd, int missing, String reason) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.of(ACTORS), Arbitraries.of(PhaseStep.values()),
        Arbitraries.of(false, true), Arbitraries.integers().between(0, 3),
        Arbitraries.of(null, "", "e07 ill")).as(Step::new).list().ofMaxSize(60);
  }

  @Property(tries = 2000)
  void noSequence_breaksTheOrderOfThePhases(@ForAll("steps") List<Step> steps) {
    Phase phase = Phase.ENTRY;
    for (Step s : steps) {
      Instant now = s.afterEnd() ? END.plusSeconds(60) : END.minusSeconds(60);
      PhaseRules.Circumstances c = PhaseRules.Circumstances.at(now)
          .withMissingSheets(s.missing(), s.reason())
          .withPublicityEnd(s.step() == PhaseStep.OPEN_PUBLICITY
              ? Optional.of(now.plusSeconds(3600)) : Optional.of(END));
      Optional<Refusal> refusal = PhaseRules.refusal(s.actor(), phase, s.step(), c);
      if (refusal.isPresent()) {
        continue;
      }
      Phase next = PhaseRules.apply(s.actor(), phase, s.step(), c);
      assertEquals(Role.OFFICE, s.actor().role(), "only the office moves the year");
      assertTrue(phase != Phase.PUBLISHED, "a published year never changes");
      assertEquals(s.step().from(), phase);
      assertTrue(next.ordinal() > phase.ordinal()
          || (phase == Phase.LOCKED && next == Phase.ENTRY), phase + " -> " + next);
      if (s.step() == PhaseStep.PUBLISH) {
        assertTrue(now.isAfter(END), "published only after publicity");
      }
      phase = next;
    }
  }
}
