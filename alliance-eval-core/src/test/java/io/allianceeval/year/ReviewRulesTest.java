package io.allianceeval.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.review.Round;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may do what with score sheets, decisions, appeals and results, and why not. */
class ReviewRulesTest {

  private static final AllianceCode A101 = AllianceCode.parse("101");
  private static final AllianceCode A102 = AllianceCode.parse("102");
  private static final Actor OFFICE = Actor.office("office");
  private static final Actor EXPERT = Actor.expert("e01");
  private static final Actor LM101 = Actor.secretariat("lm101", A101);
  private static final Instant NOW = Instant.parse("2020-04-01T00:00:00Z");

  @Test
  void anExpert_readsAnAllianceOnlyIfAssigned_neverIfAffiliated_andOnlyInTheOpenRound() {
    for (Round round : Round.values()) {
      for (Phase phase : Phase.values()) {
        boolean open = phase == ReviewRules.openPhase(round);
        assertEquals(open ? Optional.empty() : Optional.of(Refusal.ROUND_NOT_OPEN),
            ReviewRules.readAlliance(EXPERT, phase, round, true, false), round + " " + phase);
        assertEquals(Optional.of(Refusal.NOT_ASSIGNED),
            ReviewRules.readAlliance(EXPERT, phase, round, false, false), "whatever the phase");
        assertEquals(Optional.of(Refusal.AFFILIATED),
            ReviewRules.readAlliance(EXPERT, phase, round, true, true), "whatever the assignment");
        assertEquals(Optional.empty(), ReviewRules.readAlliance(OFFICE, phase, round, false,
            false), "the office reads every alliance");
        assertEquals(Optional.of(Refusal.ROLE_MAY_NOT),
            ReviewRules.readAlliance(LM101, phase, round, true, false));
      }
    }
    assertEquals(Phase.ROUND_1_CLOSED, ReviewRules.closedPhase(Round.ONE));
    assertEquals(Phase.ROUND_2_CLOSED, ReviewRules.closedPhase(Round.TWO));
  }

  @Test
  void scores_areSavedByTheirExpertOnly_untilSubmitted() {
    Phase open = Phase.ROUND_2_OPEN;
    assertEquals(Optional.empty(), ReviewRules.saveScores(EXPERT, open, Round.TWO, true, false,
        SheetState.NOT_STARTED));
    assertEquals(Optional.empty(), ReviewRules.saveScores(EXPERT, open, Round.TWO, true, false,
        SheetState.DRAFT));
    assertEquals(Optional.of(Refusal.SHEET_SUBMITTED), ReviewRules.saveScores(EXPERT, open,
        Round.TWO, true, false, SheetState.SUBMITTED));
    assertEquals(Optional.of(Refusal.ROLE_MAY_NOT), ReviewRules.saveScores(OFFICE, open,
        Round.TWO, true, false, SheetState.DRAFT), "the office never writes for an expert");
    assertEquals(Optional.of(Refusal.AFFILIATED), ReviewRules.saveScores(EXPERT, open,
        Round.TWO, true, true, SheetState.DRAFT));
    assertEquals(Optional.of(Refusal.ROUND_NOT_OPEN), ReviewRules.saveScores(EXPERT, open,
        Round.ONE, true, false, SheetState.DRAFT));
  }

  @Test
  void aSheet_isSubmittedComplete_andReopenedByTheOfficeWithAReason() {
    Phase open = Phase.ROUND_1_OPEN;
    assertEquals(Optional.of(Refusal.SHEET_INCOMPLETE), ReviewRules.submitSheet(EXPERT, open,
        Round.ONE, SheetState.DRAFT, 1));
    assertEquals(Optional.empty(), ReviewRules.submitSheet(EXPERT, open, Round.ONE,
        SheetState.DRAFT, 0));
    assertEquals(Optional.of(Refusal.SHEET_SUBMITTED), ReviewRules.submitSheet(EXPERT, open,
        Round.ONE, SheetState.SUBMITTED, 0));
    assertEquals(Optional.of(Refusal.ROUND_NOT_OPEN), ReviewRules.submitSheet(EXPERT,
        Phase.ROUND_1_CLOSED, Round.ONE, SheetState.DRAFT, 0));
    assertEquals(Optional.of(Refusal.ROLE_MAY_NOT), ReviewRules.submitSheet(OFFICE, open,
        Round.ONE, SheetState.DRAFT, 0));
    assertEquals(Optional.empty(), ReviewRules.reopenSheet(OFFICE, open, Round.ONE,
        SheetState.SUBMITTED, "wrong alliance scored"));
    for (String blank : new String[] {null, "", " "}) {
      assertEquals(Optional.of(Refusal.REASON_REQUIRED), ReviewRules.reopenSheet(OFFICE, open,
          Round.ONE, SheetState.SUBMITTED, blank));
    }
    assertEquals(Optional.of(Refusal.SHEET_NOT_SUBMITTED), ReviewRules.reopenSheet(OFFICE, open,
        Round.ONE, SheetState.DRAFT, "x"));
    assertEquals(Optional.of(Refusal.ROUND_NOT_OPEN), ReviewRules.reopenSheet(OFFICE,
        Phase.ROUND_2_OPEN, Round.ONE, SheetState.SUBMITTED, "x"));
    assertEquals(Optional.of(Refusal.ROLE_MAY_NOT), ReviewRules.reopenSheet(EXPERT, open,
        Round.ONE, SheetState.SUBMITTED, "x"));
  }

  @Test
  void onlyTheOffice_decidesAFlaggedAlliance_inTheCollectiveReview_withARationale() {
    List<Phase> allowed = new ArrayList<>();
    for (Phase p : Phase.values()) {
      if (ReviewRules.decide(OFFICE, p, true, "both rounds checked").isEmpty()) {
        allowed.add(p);
      }
    }
    assertEquals(List.of(Phase.COLLECTIVE_REVIEW), allowed);
    Phase cr = Phase.COLLECTIVE_REVIEW;
    assertEquals(Optional.of(Refusal.NOT_FLAGGED), ReviewRules.decide(OFFICE, cr, false, "x"));
    assertEquals(Optional.of(Refusal.RATIONALE_REQUIRED), ReviewRules.decide(OFFICE, cr, true,
        " "));
    assertEquals(Optional.of(Refusal.ROLE_MAY_NOT), ReviewRules.decide(EXPERT, cr, true, "x"));
    assertEquals(Optional.of(Refusal.PUBLISHED), ReviewRules.decide(OFFICE, Phase.PUBLISHED,
        true, "x"));
  }

  @Test
  void aSecretariat_filesOneAppealForItsOwnAlliance_duringPublicity() {
    Optional<Instant> end = Optional.of(NOW);
    Phase pub = Phase.PUBLICITY;
    assertEquals(Optional.empty(), ReviewRules.fileAppeal(LM101, A101, pub, NOW, end, false,
        "2.5 counts two standards"), "up to the end itself");
    assertEquals(Optional.of(Refusal.NOT_IN_PUBLICITY), ReviewRules.fileAppeal(LM101, A101, pub,
        NOW.plusSeconds(1), end, false, "late"));
    assertEquals(Optional.of(Refusal.OTHER_ALLIANCE), ReviewRules.fileAppeal(LM101, A102, pub,
        NOW, end, false, "x"));
    assertEquals(Optional.of(Refusal.APPEAL_FILED), ReviewRules.fileAppeal(LM101, A101, pub, NOW,
        end, true, "again"));
    assertEquals(Optional.of(Refusal.REASONS_REQUIRED), ReviewRules.fileAppeal(LM101, A101, pub,
        NOW, end, false, ""));
    assertEquals(Optional.of(Refusal.ROLE_MAY_NOT), ReviewRules.fileAppeal(OFFICE, A101, pub,
        NOW, end, false, "x"));
    assertEquals(Optional.of(Refusal.ROLE_MAY_NOT), ReviewRules.fileAppeal(EXPERT, A101, pub,
        NOW, end, false, "x"));
    for (Phase p : EnumSet.complementOf(EnumSet.of(Phase.PUBLICITY))) {
      assertEquals(Optional.of(p == Phase.PUBLISHED ? Refusal.PUBLISHED
          : Refusal.NOT_IN_PUBLICITY), ReviewRules.fileAppeal(LM101, A101, p, NOW, end, false,
          "x"), p.name());
    }
  }

  @Test
  void theOffice_answersEachAppealOnce_withARationale() {
    Phase pub = Phase.PUBLICITY;
    assertEquals(Optional.empty(), ReviewRules.answerAppeal(OFFICE, pub, true, false, "x"));
    assertEquals(Optional.of(Refusal.NO_APPEAL), ReviewRules.answerAppeal(OFFICE, pub, false,
        false, "x"));
    assertEquals(Optional.of(Refusal.APPEAL_ANSWERED), ReviewRules.answerAppeal(OFFICE, pub,
        true, true, "x"));
    assertEquals(Optional.of(Refusal.RATIONALE_REQUIRED), ReviewRules.answerAppeal(OFFICE, pub,
        true, false, null));
    assertEquals(Optional.of(Refusal.ROLE_MAY_NOT), ReviewRules.answerAppeal(LM101, pub, true,
        false, "x"));
    assertEquals(Optional.of(Refusal.WRONG_PHASE), ReviewRules.answerAppeal(OFFICE,
        Phase.COLLECTIVE_REVIEW, true, false, "x"));
  }

  @Test
  void results_areTheSecretariatsOwn_fromPublicityOn_andTheReportEveryonesOncePublished() {
    for (Phase p : Phase.values()) {
      boolean shown = p.compareTo(Phase.PUBLICITY) >= 0;
      assertEquals(shown ? Optional.empty() : Optional.of(Refusal.RESULTS_NOT_OPEN),
          ReviewRules.seeResults(LM101, A101, p), p.name());
      assertEquals(Optional.of(Refusal.OTHER_ALLIANCE), ReviewRules.seeResults(LM101, A102, p));
      assertEquals(Optional.of(Refusal.ROLE_MAY_NOT), ReviewRules.seeResults(EXPERT, A101, p));
      assertEquals(Optional.empty(), ReviewRules.seeResults(OFFICE, A102, p));
      for (Actor a : List.of(LM101, EXPERT)) {
        assertEquals(p == Phase.PUBLISHED ? Optional.empty()
            : Optional.of(Refusal.NOT_PUBLISHED), ReviewRules.seeReport(a, p), a + " " + p);
      }
      assertEquals(Optional.empty(), ReviewRules.seeReport(OFFICE, p));
    }
  }

  @Test
  void refusalsAboutWhoActs_areToldApartFromRefusalsAboutWhen() {
    assertTrue(Refusal.NOT_ASSIGNED.concernsWho());
    assertTrue(Refusal.AFFILIATED.concernsWho());
    assertTrue(Refusal.OTHER_ALLIANCE.concernsWho());
    assertTrue(Refusal.ROLE_MAY_NOT.concernsWho());
    assertFalse(Refusal.ROUND_NOT_OPEN.concernsWho());
    assertFalse(Refusal.RESULTS_NOT_OPEN.concernsWho());
  }
}
