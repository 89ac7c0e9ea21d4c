package io.allianceeval.year;

import io.allianceeval.model.AllianceCode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules of the evaluation year, in one place. For an alliance's submission:
 *
 * <table>
 *   <caption>who may do what, when the year is not locked</caption>
 *   <tr><th>step</th><th>who</th><th>in which state</th><th>next state</th></tr>
 *   <tr><td>{@code VIEW}</td><td>the office; the alliance's own secretariat</td><td>any (locked
 *       too)</td><td>unchanged</td></tr>
 *   <tr><td>{@code CHANGE_ENTRIES}</td><td>the office; the own secretariat before the deadline or
 *       while reopened</td><td>not started, entering, returned</td><td>entering (returned stays
 *       returned)</td></tr>
 *   <tr><td>{@code SUBMIT}</td><td>the office; the own secretariat before the deadline or while
 *       reopened</td><td>entering, returned</td><td>submitted</td></tr>
 *   <tr><td>{@code APPROVE}</td><td>the office</td><td>submitted</td><td>approved, no longer
 *       reopened</td></tr>
 *   <tr><td>{@code RETURN} with a comment</td><td>the office</td><td>submitted</td><td>returned
 *       </td></tr>
 *   <tr><td>{@code REOPEN} with a reason</td><td>the office</td><td>any but one open for entries
 *       before the deadline</td><td>approved or submitted become returned (with the reason as
 *       comment); reopened</td></tr>
 * </table>
 *
 * <p>Experts take no step on an alliance's entries. A locked year refuses every step but {@code
 * VIEW} until the office {@linkplain #reopenYear reopens the year}. A refusal says why ({@link
 * Refusal}); the checks run in a fixed order — role, alliance, lock, state, deadline, text — so the
 * reason given is the first that applies.
 */
public final class YearRules {

  private YearRules() {}

  /**
   * Why {@code actor} may not take {@code action} on {@code submission} at {@code now}, or empty
   * when the step is allowed.
   *
   * @param text the comment of a {@code RETURN} or the reason of a {@code REOPEN}; ignored
   *     otherwise (may be null then)
   */
  public static Optional<Refusal> refusal(Actor actor, Action action, Submission submission,
      EvaluationYear year, Instant now, String text) {
    Refusal refusal = firstRefusal(actor, action, submission, year, now, text);
    return Optional.ofNullable(refusal);
  }

  /**
   * The submission after {@code actor} takes {@code action}.
   *
   * @param text the comment of a {@code RETURN} or the reason of a {@code REOPEN}
   * @throws StepRefusedException when the rules refuse the step, saying why
   */
  public static Submission apply(Actor actor, Action action, Submission submission,
      EvaluationYear year, Instant now, String text) {
    Refusal refusal = firstRefusal(actor, action, submission, year, now, text);
    if (refusal != null) {
      throw new StepRefusedException(refusal,
          action.name().toLowerCase(Locale.ROOT) + " " + submission.alliance());
    }
    switch (action) {
      case CHANGE_ENTRIES:
        return submission.state() == SubmissionState.NOT_STARTED
            ? submission.with(SubmissionState.ENTERING) : submission;
      case SUBMIT:
        return submission.with(SubmissionState.SUBMITTED);
      case APPROVE:
        return new Submission(submission.alliance(), SubmissionState.APPROVED,
            submission.comment(), Optional.empty());
      case RETURN:
        return new Submission(submission.alliance(), SubmissionState.RETURNED,
            Optional.of(text.strip()), submission.reopenedBecause());
      case REOPEN:
        return reopened(submission, text.strip());
      default:
        return submission;
    }
  }

  private static Submission reopened(Submission submission, String reason) {
    SubmissionState state = submission.state();
    boolean decided = state == SubmissionState.APPROVED || state == SubmissionState.SUBMITTED;
    return new Submission(submission.alliance(), decided ? SubmissionState.RETURNED : state,
        decided ? Optional.of(reason) : submission.comment(), Optional.of(reason));
  }

  private static Refusal firstRefusal(Actor actor, Action action, Submission submission,
      EvaluationYear year, Instant now, String text) {
    boolean office = actor.role() == Role.OFFICE;
    if (actor.role() == Role.EXPERT
        || (!office && (action == Action.APPROVE || action == Action.RETURN
            || action == Action.REOPEN))) {
      return Refusal.ROLE_MAY_NOT;
    }
    if (!actor.speaksFor(submission.alliance())) {
      return Refusal.OTHER_ALLIANCE;
    }
    if (action == Action.VIEW) {
      return null;
    }
    if (year.locked()) {
      return Refusal.YEAR_LOCKED;
    }
    SubmissionState state = submission.state();
    boolean late = year.deadlinePassed(now) && !submission.reopened();
    switch (action) {
      case CHANGE_ENTRIES:
      case SUBMIT:
        if (state == SubmissionState.SUBMITTED) {
          return Refusal.AWAITING_OFFICE;
        }
        if (state == SubmissionState.APPROVED) {
          return Refusal.APPROVED;
        }
        if (action == Action.SUBMIT && state == SubmissionState.NOT_STARTED) {
          return Refusal.NOTHING_ENTERED;
        }
        return late && !office ? Refusal.DEADLINE_PASSED : null;
      case APPROVE:
        return state == SubmissionState.SUBMITTED ? null : Refusal.NOT_SUBMITTED;
      case RETURN:
        if (state != SubmissionState.SUBMITTED) {
          return Refusal.NOT_SUBMITTED;
        }
        return blank(text) ? Refusal.COMMENT_REQUIRED : null;
      case REOPEN:
        boolean open = !late && (state == SubmissionState.NOT_STARTED
            || state == SubmissionState.ENTERING || state == SubmissionState.RETURNED);
        if (open) {
          return Refusal.ALREADY_OPEN;
        }
        return blank(text) ? Refusal.REASON_REQUIRED : null;
      default:
        throw new AssertionError(action);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * Why {@code actor} may not lock {@code year} at {@code now}, given every submission of the year,
   * or empty when the lock is allowed: the office only, after the deadline, once no submission
   * awaits its decision.
   */
  public static Optional<Refusal> lockRefusal(Actor actor, EvaluationYear year,
      Collection<Submission> submissions, Instant now) {
    if (actor.role() != Role.OFFICE) {
      return Optional.of(Refusal.ROLE_MAY_NOT);
    }
    if (year.locked()) {
      return Optional.of(Refusal.ALREADY_LOCKED);
    }
    if (!year.deadlinePassed(now)) {
      return Optional.of(Refusal.BEFORE_DEADLINE);
    }
    return undecided(submissions).isEmpty() ? Optional.empty()
        : Optional.of(Refusal.UNDECIDED_SUBMISSIONS);
  }

  /**
   * The year locked: its records are to be built from the approved entries.
   *
   * @throws StepRefusedException as {@link #lockRefusal} says
   */
  public static EvaluationYear lock(Actor actor, EvaluationYear year,
      Collection<Submission> submissions, Instant now) {
    Optional<Refusal> refusal = lockRefusal(actor, year, submissions, now);
    if (refusal.isPresent()) {
      String what = refusal.get() == Refusal.UNDECIDED_SUBMISSIONS
          ? "lock " + year.year() + " (" + undecided(submissions).stream()
              .map(AllianceCode::toString).collect(Collectors.joining(", ")) + ")"
          : "lock " + year.year();
      throw new StepRefusedException(refusal.get(), what);
    }
    return new EvaluationYear(year.year(), year.period(), year.deadline(), true);
  }

  /**
   * The year unlocked again, so that the office can reopen alliances; the reason is the caller's to
   * record.
   *
   * @throws StepRefusedException when {@code actor} is not the office ({@link Refusal#ROLE_MAY_NOT}),
   *     the year is not locked ({@link Refusal#NOT_LOCKED}) or the reason is blank ({@link
   *     Refusal#REASON_REQUIRED})
   */
  public static EvaluationYear reopenYear(Actor actor, EvaluationYear year, String reason) {
    Refusal refusal = actor.role() != Role.OFFICE ? Refusal.ROLE_MAY_NOT
        : !year.locked() ? Refusal.NOT_LOCKED
        : blank(reason) ? Refusal.REASON_REQUIRED : null;
    if (refusal != null) {
      throw new StepRefusedException(refusal, "reopen " + year.year());
    }
    return new EvaluationYear(year.year(), year.period(), year.deadline(), false);
  }

  /** The alliances whose submission awaits the office's decision, in code order. */
  public static List<AllianceCode> undecided(Collection<Submission> submissions) {
    return submissions.stream().filter(s -> s.state() == SubmissionState.SUBMITTED)
        .map(Submission::alliance).sorted().collect(Collectors.toList());
  }
}
