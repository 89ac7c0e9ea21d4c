package io.allianceeval.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.activity.Period;
import io.allianceeval.model.AllianceCode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YearRulesTest {

  static final AllianceCode OWN = AllianceCode.parse("342");
  static final AllianceCode OTHER = AllianceCode.parse("105");
  static final Actor OFFICE = Actor.office("office");
  static final Actor SECRETARIAT = Actor.secretariat("s342", OWN);
  static final Actor OTHER_SECRETARIAT = Actor.secretariat("s105", OTHER);
  static final Actor EXPERT = Actor.expert("e01");
  static final Instant DEADLINE = Instant.parse("2020-01-15T16:00:00Z");
  static final Instant BEFORE = DEADLINE.minus(Duration.ofDays(3));
  static final Instant AFTER = DEADLINE.plusNanos(1);
  static final EvaluationYear YEAR = EvaluationYear.open(2019, Period.year(2019), DEADLINE);

  private static Submission step(Actor actor, Action action, Submission s, Instant now,
      String text) {
    return YearRules.apply(actor, action, s, YEAR, now, text);
  }

  private static Refusal refused(Actor actor, Action action, Submission s, EvaluationYear year,
      Instant now, String text) {
    Optional<Refusal> refusal = YearRules.refusal(actor, action, s, year, now, text);
    StepRefusedException e = assertThrows(StepRefusedException.class,
        () -> YearRules.apply(actor, action, s, year, now, text));
    assertEquals(refusal, Optional.of(e.refusal()), "refusal() and apply() agree");
    assertTrue(e.getMessage().contains(s.alliance().toString()), e.getMessage());
    return e.refusal();
  }

  private static Submission in(SubmissionState state) {
    return new Submission(OWN, state, Optional.empty(), Optional.empty());
  }

  @Test
  void theYear_enterSubmitReturnResubmitApprove() {
    Submission s = Submission.notStarted(OWN);
    s = step(SECRETARIAT, Action.CHANGE_ENTRIES, s, BEFORE, null);
    assertEquals(SubmissionState.ENTERING, s.state());
    s = step(SECRETARIAT, Action.SUBMIT, s, BEFORE, null);
    assertEquals(SubmissionState.SUBMITTED, s.state());
    s = step(OFFICE, Action.RETURN, s, BEFORE, "  2.5 的佐证缺失 ");
    assertEquals(SubmissionState.RETURNED, s.state());
    assertEquals(Optional.of("2.5 的佐证缺失"), s.comment());
    s = step(SECRETARIAT, Action.CHANGE_ENTRIES, s, BEFORE, null);
    assertEquals(SubmissionState.RETURNED, s.state(), "a returned alliance stays returned while it corrects");
    s = step(SECRETARIAT, Action.SUBMIT, s, BEFORE, null);
    s = step(OFFICE, Action.APPROVE, s, BEFORE, null);
    assertEquals(SubmissionState.APPROVED, s.state());
    assertEquals(Optional.of("2.5 的佐证缺失"), s.comment(), "the last comment is kept");
  }

  @Test
  void afterTheDeadline_aSecretariatIsRefused_untilTheOfficeReopensIt() {
    Submission entering = in(SubmissionState.ENTERING);
    assertEquals(Refusal.DEADLINE_PASSED, refused(SECRETARIAT, Action.SUBMIT, entering, YEAR, AFTER, null));
    assertEquals(Refusal.DEADLINE_PASSED,
        refused(SECRETARIAT, Action.CHANGE_ENTRIES, entering, YEAR, AFTER, null));
    assertEquals(Refusal.REASON_REQUIRED, refused(OFFICE, Action.REOPEN, entering, YEAR, AFTER, " "));
    Submission reopened = step(OFFICE, Action.REOPEN, entering, AFTER, "系统故障，延期三天");
    assertTrue(reopened.reopened());
    assertEquals(SubmissionState.ENTERING, reopened.state());
    reopened = step(SECRETARIAT, Action.CHANGE_ENTRIES, reopened, AFTER, null);
    Submission submitted = step(SECRETARIAT, Action.SUBMIT, reopened, AFTER, null);
    Submission approved = step(OFFICE, Action.APPROVE, submitted, AFTER, null);
    assertFalse(approved.reopened(), "approval ends the reopening");
  }

  @Test
  void theDeadline_isTheLastInstantAllowed() {
    Submission entering = in(SubmissionState.ENTERING);
    assertEquals(Optional.empty(),
        YearRules.refusal(SECRETARIAT, Action.SUBMIT, entering, YEAR, DEADLINE, null));
    assertEquals(Optional.of(Refusal.DEADLINE_PASSED),
        YearRules.refusal(SECRETARIAT, Action.SUBMIT, entering, YEAR, DEADLINE.plusNanos(1), null));
  }

  @Test
  void theOffice_isNotBoundByTheDeadline_butIsByApprovalAndSubmission() {
    assertEquals(SubmissionState.ENTERING,
        step(OFFICE, Action.CHANGE_ENTRIES, in(SubmissionState.NOT_STARTED), AFTER, null).state());
    assertEquals(SubmissionState.SUBMITTED,
        step(OFFICE, Action.SUBMIT, in(SubmissionState.ENTERING), AFTER, null).state());
    assertEquals(Refusal.APPROVED,
        refused(OFFICE, Action.CHANGE_ENTRIES, in(SubmissionState.APPROVED), YEAR, BEFORE, null));
    assertEquals(Refusal.AWAITING_OFFICE,
        refused(OFFICE, Action.CHANGE_ENTRIES, in(SubmissionState.SUBMITTED), YEAR, BEFORE, null));
  }

  @Test
  void approvingOrReturning_whatWasNotSubmitted_isRefused() {
    for (SubmissionState state : EnumSet.complementOf(EnumSet.of(SubmissionState.SUBMITTED))) {
      assertEquals(Refusal.NOT_SUBMITTED, refused(OFFICE, Action.APPROVE, in(state), YEAR, BEFORE, null), state.name());
      assertEquals(Refusal.NOT_SUBMITTED, refused(OFFICE, Action.RETURN, in(state), YEAR, BEFORE, "x"), state.name());
    }
  }

  @Test
  void returning_needsAComment() {
    Submission submitted = in(SubmissionState.SUBMITTED);
    assertEquals(Refusal.COMMENT_REQUIRED, refused(OFFICE, Action.RETURN, submitted, YEAR, BEFORE, null));
    assertEquals(Refusal.COMMENT_REQUIRED, refused(OFFICE, Action.RETURN, submitted, YEAR, BEFORE, " \t"));
  }

  @Test
  void editingAnApprovedAlliance_needsAReopen_whichReturnsItWithTheReason() {
    Submission approved = in(SubmissionState.APPROVED);
    assertEquals(Refusal.APPROVED, refused(SECRETARIAT, Action.CHANGE_ENTRIES, approved, YEAR, BEFORE, null));
    assertEquals(Refusal.APPROVED, refused(SECRETARIAT, Action.SUBMIT, approved, YEAR, BEFORE, null));
    Submission reopened = step(OFFICE, Action.REOPEN, approved, BEFORE, "补录一项标准");
    assertEquals(SubmissionState.RETURNED, reopened.state());
    assertEquals(Optional.of("补录一项标准"), reopened.comment());
    assertEquals(Optional.of("补录一项标准"), reopened.reopenedBecause());
    step(SECRETARIAT, Action.CHANGE_ENTRIES, reopened, AFTER, null);
  }

  @Test
  void reopeningAnAllianceOpenForEntries_isRefused() {
    for (SubmissionState state : List.of(SubmissionState.NOT_STARTED, SubmissionState.ENTERING,
        SubmissionState.RETURNED)) {
      assertEquals(Refusal.ALREADY_OPEN, refused(OFFICE, Action.REOPEN, in(state), YEAR, BEFORE, "r"), state.name());
    }
    assertEquals(SubmissionState.RETURNED,
        step(OFFICE, Action.REOPEN, in(SubmissionState.SUBMITTED), BEFORE, "r").state());
  }

  @Test
  void submittingNothing_orTwice_isRefused() {
    assertEquals(Refusal.NOTHING_ENTERED,
        refused(SECRETARIAT, Action.SUBMIT, in(SubmissionState.NOT_STARTED), YEAR, BEFORE, null));
    assertEquals(Refusal.AWAITING_OFFICE,
        refused(SECRETARIAT, Action.SUBMIT, in(SubmissionState.SUBMITTED), YEAR, BEFORE, null));
    assertEquals(Refusal.AWAITING_OFFICE,
        refused(SECRETARIAT, Action.CHANGE_ENTRIES, in(SubmissionState.SUBMITTED), YEAR, BEFORE, null));
  }

  @Test
  void aSecretariat_actsForItsOwnAllianceOnly_andNeverDecides() {
    for (Action action : Action.values()) {
      for (SubmissionState state : SubmissionState.values()) {
        Submission own = in(state);
        Refusal other = refused(OTHER_SECRETARIAT, action, own, YEAR, BEFORE, "text");
        boolean decides = EnumSet.of(Action.APPROVE, Action.RETURN, Action.REOPEN).contains(action);
        assertEquals(decides ? Refusal.ROLE_MAY_NOT : Refusal.OTHER_ALLIANCE, other, action + " " + state);
        if (decides) {
          assertEquals(Refusal.ROLE_MAY_NOT, refused(SECRETARIAT, action, own, YEAR, BEFORE, "text"));
        }
        assertEquals(Refusal.ROLE_MAY_NOT, refused(EXPERT, action, own, YEAR, BEFORE, "text"),
            "experts take no step on entries: " + action);
      }
    }
    assertEquals(Optional.empty(), YearRules.refusal(SECRETARIAT, Action.VIEW,
        in(SubmissionState.APPROVED), YEAR, AFTER, null));
  }

  @Test
  void theLock_afterTheDeadline_onceEverySubmissionIsDecided() {
    List<Submission> submissions = List.of(in(SubmissionState.APPROVED),
        new Submission(OTHER, SubmissionState.SUBMITTED, Optional.empty(), Optional.empty()),
        new Submission(AllianceCode.parse("D101"), SubmissionState.SUBMITTED, Optional.empty(),
            Optional.empty()));
    assertEquals(Optional.of(Refusal.ROLE_MAY_NOT), YearRules.lockRefusal(SECRETARIAT, YEAR, submissions, AFTER));
    assertEquals(Optional.of(Refusal.BEFORE_DEADLINE), YearRules.lockRefusal(OFFICE, YEAR, submissions, DEADLINE));
    StepRefusedException e = assertThrows(StepRefusedException.class,
        () -> YearRules.lock(OFFICE, YEAR, submissions, AFTER));
    assertEquals(Refusal.UNDECIDED_SUBMISSIONS, e.refusal());
    assertEquals("lock 2019 (105, D101): submissions await the office's decision", e.getMessage());
    EvaluationYear locked = YearRules.lock(OFFICE, YEAR, submissions.subList(0, 1), AFTER);
    assertTrue(locked.locked());
    assertEquals(YEAR.deadline(), locked.deadline());
    assertEquals(Optional.of(Refusal.ALREADY_LOCKED),
        YearRules.lockRefusal(OFFICE, locked, List.of(), AFTER));
  }

  @Test
  void aLockedYear_refusesEveryStepButViewing_untilTheOfficeReopensTheYear() {
    EvaluationYear locked = YearRules.lock(OFFICE, YEAR, List.of(), AFTER);
    for (Action action : EnumSet.complementOf(EnumSet.of(Action.VIEW))) {
      for (SubmissionState state : SubmissionState.values()) {
        Optional<Refusal> r = YearRules.refusal(OFFICE, action, in(state), locked, AFTER, "r");
        assertEquals(Optional.of(Refusal.YEAR_LOCKED), r, action + " " + state);
      }
    }
    assertEquals(Optional.empty(),
        YearRules.refusal(SECRETARIAT, Action.VIEW, in(SubmissionState.APPROVED), locked, AFTER, null));
    assertEquals(Refusal.ROLE_MAY_NOT, assertThrows(StepRefusedException.class,
        () -> YearRules.reopenYear(SECRETARIAT, locked, "r")).refusal());
    assertEquals(Refusal.REASON_REQUIRED, assertThrows(StepRefusedException.class,
        () -> YearRules.reopenYear(OFFICE, locked, "")).refusal());
    assertEquals(Refusal.NOT_LOCKED, assertThrows(StepRefusedException.class,
        () -> YearRules.reopenYear(OFFICE, YEAR, "r")).refusal());
    EvaluationYear open = YearRules.reopenYear(OFFICE, locked, "复核发现漏录");
    assertFalse(open.locked());
    assertEquals(Optional.empty(),
        YearRules.refusal(OFFICE, Action.REOPEN, in(SubmissionState.APPROVED), open, AFTER, "r"));
  }

  @Test
  void actors_haveAnAllianceExactlyWhenTheyAreASecretariat() {
    assertThrows(IllegalArgumentException.class,
        () -> new Actor("s", Role.SECRETARIAT, Optional.empty()));
    assertThrows(IllegalArgumentException.class,
        () -> new Actor("o", Role.OFFICE, Optional.of(OWN)));
    assertThrows(IllegalArgumentException.class,
        () -> new Actor("e", Role.EXPERT, Optional.of(OWN)));
    assertThrows(IllegalArgumentException.class, () -> Actor.office(" "));
    assertEquals(new Actor("o", Role.OFFICE, Optional.empty()), Actor.office("o"));
    assertEquals(new Actor("s", Role.SECRETARIAT, Optional.of(OWN)), Actor.secretariat("s", OWN));
    assertEquals(new Actor("e", Role.EXPERT, Optional.empty()), Actor.expert("e"));
    assertTrue(OFFICE.speaksFor(OTHER));
    assertTrue(SECRETARIAT.speaksFor(OWN));
    assertFalse(SECRETARIAT.speaksFor(OTHER));
    assertFalse(EXPERT.speaksFor(OWN));
  }

  @Test
  void theDeadline_canBeMoved() {
    EvaluationYear later = YEAR.withDeadline(AFTER.plus(Duration.ofDays(7)));
    assertFalse(later.deadlinePassed(AFTER));
    assertEquals(Optional.empty(), YearRules.refusal(SECRETARIAT, Action.SUBMIT,
        in(SubmissionState.ENTERING), later, AFTER, null));
  }

  @Test
  void refusals_readAsSentences() {
    assertEquals("the deadline for entries has passed; the office may reopen the alliance",
        Refusal.DEADLINE_PASSED.toString());
    assertEquals("submit 342: the entries are approved; the office must reopen the alliance first",
        new StepRefusedException(Refusal.APPROVED, "submit 342").getMessage());
  }
}
