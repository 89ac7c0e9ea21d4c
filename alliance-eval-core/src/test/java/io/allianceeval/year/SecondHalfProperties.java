package io.allianceeval.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.AllianceCode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The second half of the year as a whole: any sequence of phase steps, decisions, appeals and
 * answers, by anyone, with the clock moving on, taken only where {@link PhaseRules} and {@link
 * ReviewRules} allow it. No sequence publishes with a flagged alliance undecided or an appeal
 * unanswered; no appeal is filed outside publicity or after its end, nor twice; no decision is made
 * outside the collective review; nothing changes once published.
 */
class SecondHalfProperties {

  private static final List<AllianceCode> CODES = List.of(AllianceCode.parse("101"),
      AllianceCode.parse("102"), AllianceCode.parse("103"));
  private static final Set<AllianceCode> FLAGGED = Set.of(CODES.get(0), CODES.get(2));
  private static final List<Actor> ACTORS = List.of(Actor.office("office"),
      Actor.secretariat("lm101", CODES.get(0)), Actor.secretariat("lm102", CODES.get(1)),
      Actor.expert("e01"));

  enum Kind { STEP, DECIDE, APPEAL, ANSWER, TICK }

  record Act(Kind kind, Actor actor, PhaseStep step, AllianceCode code, boolean withText) {}

  @Provide
  Arbitrary<List<Act>> acts() {
    // the office acts most, and a step is often the one forward from the year's phase (null), so
    // that many sequences reach publication; a decision or answer often concerns the first
    // alliance still waiting for one (null)
    Arbitrary<Actor> actors = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(ACTORS.get(0))),
        Tuple.of(3, Arbitraries.of(ACTORS)));
    Arbitrary<PhaseStep> steps = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(null)),
        Tuple.of(1, Arbitraries.of(PhaseStep.values())));
    Arbitrary<Kind> kinds = Arbitraries.frequency(Tuple.of(5, Kind.STEP), Tuple.of(2,
        Kind.DECIDE), Tuple.of(2, Kind.APPEAL), Tuple.of(2, Kind.ANSWER), Tuple.of(1, Kind.TICK));
    Arbitrary<AllianceCode> codes = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(null)),
        Tuple.of(2, Arbitraries.of(CODES)));
    return Combinators.combine(kinds, actors, steps, codes,
        Arbitraries.of(true, true, true, false)).as(Act::new).list().ofMinSize(20).ofMaxSize(120);
  }

  @Property(tries = 3000)
  void noSequence_publishesWithAFlagUndecidedOrAnAppealUnanswered(
      @ForAll("acts") List<Act> acts) {
    Phase phase = Phase.LOCKED;
    Instant now = Instant.parse("2020-03-01T00:00:00Z");
    Optional<Instant> end = Optional.empty();
    Set<AllianceCode> decided = new HashSet<>();
    Set<AllianceCode> appealed = new HashSet<>();
    Set<AllianceCode> answered = new HashSet<>();
    for (Act a : acts) {
      String text = a.withText() ? "because" : " ";
      Phase before = phase;
      int changesBefore = decided.size() + appealed.size() + answered.size();
      switch (a.kind()) {
        case TICK -> now = now.plusSeconds(86_400);
        case STEP -> {
          Phase from = phase;
          PhaseStep step = a.step() != null ? a.step() : java.util.Arrays.stream(PhaseStep
              .values()).filter(x -> x.from() == from && x != PhaseStep.REOPEN_ENTRY).findFirst()
              .orElse(PhaseStep.PUBLISH);
          PhaseRules.Circumstances c = PhaseRules.Circumstances.at(now)
              .withUnresolvedFlags((int) FLAGGED.stream().filter(x -> !decided.contains(x))
                  .count())
              .withUnansweredAppeals((int) appealed.stream().filter(x -> !answered.contains(x))
                  .count())
              .withPublicityEnd(step == PhaseStep.OPEN_PUBLICITY
                  ? Optional.of(now.plusSeconds(3 * 86_400)) : end);
          if (PhaseRules.refusal(a.actor(), phase, step, c).isEmpty()) {
            phase = PhaseRules.apply(a.actor(), phase, step, c);
            if (step == PhaseStep.OPEN_PUBLICITY) {
              end = c.publicityEnd();
            }
          }
        }
        case DECIDE -> {
          AllianceCode code = a.code() != null ? a.code() : FLAGGED.stream()
              .filter(x -> !decided.contains(x)).sorted().findFirst().orElse(CODES.get(1));
          if (ReviewRules.decide(a.actor(), phase, FLAGGED.contains(code), text).isEmpty()) {
            assertEquals(Phase.COLLECTIVE_REVIEW, phase);
            assertTrue(FLAGGED.contains(code));
            decided.add(code);
          }
        }
        case APPEAL -> {
          AllianceCode code = a.code() != null ? a.code()
              : a.actor().alliance().orElse(CODES.get(0));
          if (ReviewRules.fileAppeal(a.actor(), code, phase, now, end,
              appealed.contains(code), text).isEmpty()) {
            assertEquals(Phase.PUBLICITY, phase);
            assertFalse(now.isAfter(end.orElseThrow()), "filed before the end");
            assertEquals(Optional.of(code), a.actor().alliance(), "its own alliance");
            assertTrue(appealed.add(code), "one appeal per alliance");
          }
        }
        case ANSWER -> {
          AllianceCode code = a.code() != null ? a.code() : appealed.stream()
              .filter(x -> !answered.contains(x)).sorted().findFirst().orElse(CODES.get(1));
          if (ReviewRules.answerAppeal(a.actor(), phase, appealed.contains(code),
              answered.contains(code), text).isEmpty()) {
            assertEquals(Role.OFFICE, a.actor().role());
            assertTrue(answered.add(code), "answered once");
          }
        }
        default -> throw new AssertionError(a.kind());
      }
      if (before == Phase.PUBLISHED) {
        assertEquals(Phase.PUBLISHED, phase, "a published year stays published");
        assertEquals(changesBefore, decided.size() + appealed.size() + answered.size(),
            "nothing changes once published");
      }
      if (phase == Phase.PUBLISHED) {
        assertTrue(decided.containsAll(FLAGGED), "every flag decided: " + decided);
        assertEquals(appealed, answered, "every appeal answered");
        assertTrue(now.isAfter(end.orElseThrow()), "after publicity");
      }
    }
    Statistics.label("published").collect(phase == Phase.PUBLISHED);
    Statistics.label("published").coverage(check -> check.check(true).percentage(p -> p > 5));
    Statistics.label("appeal answered").collect(!answered.isEmpty());
    Statistics.label("appeal answered").coverage(check -> check.check(true)
        .percentage(p -> p > 3));
  }
}
