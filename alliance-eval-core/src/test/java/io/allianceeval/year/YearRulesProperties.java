package io.allianceeval.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.activity.Period;
import io.allianceeval.model.AllianceCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any sequence of steps — by the office, the alliance's own secretariat, another secretariat or an
 * expert, before or after the deadline, with or without a text, and the office locking and
 * reopening the year — keeps the rules of the year.
 */
class YearRulesProperties {

  private static final AllianceCode OWN = AllianceCode.parse("342");
  private static final List<Actor> ACTORS = List.of(Actor.office("office"),
      Actor.secretariat("s342", OWN), Actor.secretariat("s105", AllianceCode.parse("105")),
      Actor.expert("e01"));
  private static final Instant DEADLINE = Instant.parse("2020-01-15T16:00:00Z");

  /** One step: an alliance step, or (action empty) the office locking or reopening the year. */
  record Step(Actor actor, Optional<Action> action, boolean late, String text) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.of(ACTORS),
        Arbitraries.of(Action.values()).optional(0.85), Arbitraries.of(false, true),
        Arbitraries.of(null, "", "  ", "理由")).as(Step::new);
    return step.list().ofMaxSize(40);
  }

  @Property(tries = 2000)
  void noSequence_letsTheRulesBeBroken(@ForAll("steps") List<Step> steps) {
    EvaluationYear year = EvaluationYear.open(2019, Period.year(2019), DEADLINE);
    Submission s = Submission.notStarted(OWN);
    List<Submission> submissions = new ArrayList<>(List.of(s));
    for (Step step : steps) {
      Instant now = step.late() ? DEADLINE.plusSeconds(1) : DEADLINE.minusSeconds(1);
      if (step.action().isEmpty()) {
        year = yearStep(step, year, List.of(s), now);
        continue;
      }
      Action action = step.action().get();
      Optional<Refusal> refusal = YearRules.refusal(step.actor(), action, s, year, now, step.text());
      Submission next;
      try {
        next = YearRules.apply(step.actor(), action, s, year, now, step.text());
        assertEquals(Optional.empty(), refusal, "apply() took a step refusal() refuses");
      } catch (StepRefusedException e) {
        assertEquals(Optional.of(e.refusal()), refusal, "apply() refused a step refusal() allows");
        continue;
      }
      Role role = step.actor().role();
      assertTrue(role == Role.OFFICE || step.actor().speaksFor(OWN),
          "only the office and the own secretariat take a step: " + step);
      assertTrue(action == Action.VIEW || !year.locked(), "nothing changes in a locked year");
      if (action == Action.CHANGE_ENTRIES || action == Action.SUBMIT) {
        assertTrue(role == Role.OFFICE || !step.late() || s.reopened(),
            "a secretariat changes entries after the deadline only when reopened: " + step);
        assertTrue(s.state() != SubmissionState.APPROVED
            && s.state() != SubmissionState.SUBMITTED, "approved and submitted entries are fixed");
      }
      if (s.state() == SubmissionState.APPROVED && next.state() != SubmissionState.APPROVED) {
        assertEquals(Action.REOPEN, action, "only a reopen moves an approved alliance");
        assertEquals(Role.OFFICE, role);
      }
      if (action == Action.APPROVE || action == Action.RETURN) {
        assertEquals(SubmissionState.SUBMITTED, s.state(), "only a submission is decided");
        assertEquals(Role.OFFICE, role);
      }
      if (action == Action.VIEW) {
        assertEquals(s, next, "viewing changes nothing");
      }
      s = next;
      submissions.add(s);
    }
  }

  private static EvaluationYear yearStep(Step step, EvaluationYear year, List<Submission> current,
      Instant now) {
    try {
      if (year.locked()) {
        EvaluationYear open = YearRules.reopenYear(step.actor(), year, step.text());
        assertEquals(Role.OFFICE, step.actor().role());
        return open;
      }
      EvaluationYear locked = YearRules.lock(step.actor(), year, current, now);
      assertEquals(Role.OFFICE, step.actor().role(), "only the office locks");
      assertTrue(step.late(), "no lock before the deadline");
      assertTrue(current.get(0).state() != SubmissionState.SUBMITTED,
          "no lock while a submission awaits a decision");
      return locked;
    } catch (StepRefusedException e) {
      return year;
    }
  }
}
