package io.allianceeval.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.AllianceCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The phases of the year: the office's steps from one to the next, and why a step is refused. */
class PhaseRulesTest {

  private static final Actor OFFICE = Actor.office("office");
  private static final Instant NOW = Instant.parse("2020-03-01T02:00:00Z");
  private static final PhaseRules.Circumstances PLAIN = PhaseRules.Circumstances.at(NOW);

  @Test
  void theOffice_takesTheYearThroughEveryPhaseInOrder() {
    Phase p = Phase.ENTRY;
    p = PhaseRules.apply(OFFICE, p, PhaseStep.LOCK, PLAIN);
    p = PhaseRules.apply(OFFICE, p, PhaseStep.OPEN_ROUND_1, PLAIN);
    p = PhaseRules.apply(OFFICE, p, PhaseStep.CLOSE_ROUND_1, PLAIN);
    p = PhaseRules.apply(OFFICE, p, PhaseStep.OPEN_ROUND_2, PLAIN);
    p = PhaseRules.apply(OFFICE, p, PhaseStep.CLOSE_ROUND_2, PLAIN);
    p = PhaseRules.apply(OFFICE, p, PhaseStep.START_COLLECTIVE_REVIEW, PLAIN);
    Instant end = NOW.plus(Duration.ofDays(7));
    p = PhaseRules.apply(OFFICE, p, PhaseStep.OPEN_PUBLICITY,
        PLAIN.withPublicityEnd(Optional.of(end)));
    assertEquals(Phase.PUBLICITY, p);
    p = PhaseRules.apply(OFFICE, p, PhaseStep.PUBLISH,
        PhaseRules.Circumstances.at(end.plusSeconds(1)).withPublicityEnd(Optional.of(end)));
    assertEquals(Phase.PUBLISHED, p);
    assertEquals(Phase.ENTRY, PhaseRules.apply(OFFICE, Phase.LOCKED, PhaseStep.REOPEN_ENTRY,
        PLAIN), "the entries can be opened again before round 1");
  }

  @Test
  void everyStep_isTakenFromItsOnePhaseOnly_andNothingChangesAfterPublication() {
    List<String> table = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      for (PhaseStep step : PhaseStep.values()) {
        PhaseRules.Circumstances c = PLAIN.withPublicityEnd(
            Optional.of(step == PhaseStep.PUBLISH ? NOW.minusSeconds(1) : NOW.plusSeconds(1)));
        Optional<Refusal> r = PhaseRules.refusal(OFFICE, phase, step, c);
        Refusal expected = phase == Phase.PUBLISHED ? Refusal.PUBLISHED
            : step.from() == phase ? null : Refusal.WRONG_PHASE;
        assertEquals(Optional.ofNullable(expected), r, phase + " " + step);
        if (r.isEmpty()) {
          table.add(phase + " -" + step + "-> " + PhaseRules.apply(OFFICE, phase, step, c));
        }
      }
    }
    assertEquals(List.of("ENTRY -LOCK-> LOCKED", "LOCKED -REOPEN_ENTRY-> ENTRY",
        "LOCKED -OPEN_ROUND_1-> ROUND_1_OPEN", "ROUND_1_OPEN -CLOSE_ROUND_1-> ROUND_1_CLOSED",
        "ROUND_1_CLOSED -OPEN_ROUND_2-> ROUND_2_OPEN",
        "ROUND_2_OPEN -CLOSE_ROUND_2-> ROUND_2_CLOSED",
        "ROUND_2_CLOSED -START_COLLECTIVE_REVIEW-> COLLECTIVE_REVIEW",
        "COLLECTIVE_REVIEW -OPEN_PUBLICITY-> PUBLICITY", "PUBLICITY -PUBLISH-> PUBLISHED"), table);
  }

  @Test
  void onlyTheOffice_movesTheYear() {
    for (Actor a : List.of(Actor.secretariat("s101", AllianceCode.parse("101")),
        Actor.expert("e01"))) {
      for (PhaseStep step : PhaseStep.values()) {
        assertEquals(Optional.of(Refusal.ROLE_MAY_NOT), PhaseRules.refusal(a, step.from(), step,
            PLAIN), a + " " + step);
      }
    }
  }

  @Test
  void aRoundWithMissingSheets_closesOnlyWithAReason() {
    for (PhaseStep close : List.of(PhaseStep.CLOSE_ROUND_1, PhaseStep.CLOSE_ROUND_2)) {
      for (String blank : new String[] {null, "", "  "}) {
        assertEquals(Optional.of(Refusal.MISSING_SHEETS), PhaseRules.refusal(OFFICE, close.from(),
            close, PLAIN.withMissingSheets(2, blank)));
      }
      assertEquals(Optional.empty(), PhaseRules.refusal(OFFICE, close.from(), close,
          PLAIN.withMissingSheets(2, "e07 ill, e12 affiliated")));
      assertEquals(Optional.empty(), PhaseRules.refusal(OFFICE, close.from(), close,
          PLAIN.withMissingSheets(0, null)), "complete");
    }
  }

  @Test
  void publicity_needsAnEndAfterNow_andPublicationWaitsForIt() {
    Phase review = Phase.COLLECTIVE_REVIEW;
    for (Optional<Instant> end : List.of(Optional.<Instant>empty(), Optional.of(NOW),
        Optional.of(NOW.minusSeconds(1)))) {
      assertEquals(Optional.of(Refusal.PUBLICITY_END_REQUIRED), PhaseRules.refusal(OFFICE, review,
          PhaseStep.OPEN_PUBLICITY, PLAIN.withPublicityEnd(end)), "" + end);
    }
    assertEquals(Optional.empty(), PhaseRules.refusal(OFFICE, review, PhaseStep.OPEN_PUBLICITY,
        PLAIN.withPublicityEnd(Optional.of(NOW.plusSeconds(1)))));
    Instant end = NOW;
    for (Instant at : List.of(NOW.minusSeconds(1), NOW)) {
      assertEquals(Optional.of(Refusal.PUBLICITY_NOT_OVER), PhaseRules.refusal(OFFICE,
          Phase.PUBLICITY, PhaseStep.PUBLISH, PhaseRules.Circumstances.at(at)
              .withPublicityEnd(Optional.of(end))), "publicity lasts until its end: " + at);
    }
    assertEquals(Optional.of(Refusal.PUBLICITY_NOT_OVER), PhaseRules.refusal(OFFICE,
        Phase.PUBLICITY, PhaseStep.PUBLISH, PLAIN), "no end known");
    StepRefusedException e = assertThrows(StepRefusedException.class, () -> PhaseRules.apply(
        OFFICE, Phase.PUBLICITY, PhaseStep.PUBLISH, PLAIN));
    assertEquals(Refusal.PUBLICITY_NOT_OVER, e.refusal());
    assertTrue(e.getMessage().contains("publish from publicity"), e.getMessage());
  }

  @Test
  void circumstances_refuseANegativeCount() {
    assertThrows(IllegalArgumentException.class, () -> PLAIN.withMissingSheets(-1, "x"));
    assertThrows(IllegalArgumentException.class, () -> PLAIN.withUnresolvedFlags(-1));
    assertThrows(IllegalArgumentException.class, () -> PLAIN.withUnansweredAppeals(-1));
  }

  @Test
  void round1_opensOnlyOncePlanned() {
    assertEquals(Optional.of(Refusal.NO_ASSIGNMENT), PhaseRules.refusal(OFFICE, Phase.LOCKED,
        PhaseStep.OPEN_ROUND_1, PLAIN.withAssignment(false)));
    assertEquals(Optional.empty(), PhaseRules.refusal(OFFICE, Phase.LOCKED,
        PhaseStep.OPEN_ROUND_1, PLAIN.withAssignment(true)));
  }

  @Test
  void publicity_waitsForEveryDecision_andPublication_forEveryAnswer() {
    PhaseRules.Circumstances open = PLAIN.withPublicityEnd(Optional.of(NOW.plusSeconds(60)));
    assertEquals(Optional.of(Refusal.UNRESOLVED_FLAGS), PhaseRules.refusal(OFFICE,
        Phase.COLLECTIVE_REVIEW, PhaseStep.OPEN_PUBLICITY, open.withUnresolvedFlags(1)));
    assertEquals(Optional.empty(), PhaseRules.refusal(OFFICE, Phase.COLLECTIVE_REVIEW,
        PhaseStep.OPEN_PUBLICITY, open.withUnresolvedFlags(0)));
    PhaseRules.Circumstances over = PLAIN.withPublicityEnd(Optional.of(NOW.minusSeconds(60)));
    assertEquals(Optional.of(Refusal.UNANSWERED_APPEALS), PhaseRules.refusal(OFFICE,
        Phase.PUBLICITY, PhaseStep.PUBLISH, over.withUnansweredAppeals(2)));
    assertEquals(Optional.empty(), PhaseRules.refusal(OFFICE, Phase.PUBLICITY,
        PhaseStep.PUBLISH, over.withUnansweredAppeals(0)));
  }
}
