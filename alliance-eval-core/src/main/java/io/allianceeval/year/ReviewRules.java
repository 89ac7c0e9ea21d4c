package io.allianceeval.year;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.review.Round;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may do what in the second half of the year: the experts' score sheets in the rounds, the
 * collective review's decisions, the appeals (复核申请) during publicity, and who sees the results.
 * Each method says why a step is refused, or nothing when it is allowed; the checks run in a fixed
 * order — role, alliance, affiliation, assignment, phase, state, text — so the reason given is the
 * first that applies, and a refusal that {@linkplain Refusal#concernsWho() concerns who acts} comes
 * before one about the phase: an expert asking for an alliance not assigned to him or her learns
 * nothing about the round.
 *
 * <table>
 *   <caption>the rules</caption>
 *   <tr><th>step</th><th>who</th><th>when</th></tr>
 *   <tr><td>read an alliance's material and one's own sheet</td><td>the office; an expert
 *       assigned to it in that round and not affiliated with it</td><td>the expert: while the
 *       round is open</td></tr>
 *   <tr><td>save scores</td><td>the expert of the sheet (the office never writes for an
 *       expert)</td><td>round open, sheet not submitted</td></tr>
 *   <tr><td>submit a sheet</td><td>its expert</td><td>round open, every assigned alliance
 *       scored</td></tr>
 *   <tr><td>reopen a submitted sheet, with a reason</td><td>the office</td><td>round
 *       open</td></tr>
 *   <tr><td>decide a flagged alliance, with a rationale</td><td>the office</td><td>collective
 *       review</td></tr>
 *   <tr><td>file one appeal, with reasons</td><td>the alliance's own secretariat</td><td>publicity,
 *       before its end</td></tr>
 *   <tr><td>answer an appeal, with a rationale</td><td>the office</td><td>publicity (also after
 *       its end, before publication)</td></tr>
 *   <tr><td>see an alliance's results</td><td>the office; its own secretariat</td><td>the
 *       secretariat: from publicity on</td></tr>
 *   <tr><td>see the published report</td><td>everyone</td><td>published (the office:
 *       always)</td></tr>
 * </table>
 *
 * <p>Pure: the caller passes the phase, the instant and what it read.
 */
public final class ReviewRules {

  private ReviewRules() {}

  /** The phase in which {@code round} is open. */
  public static Phase openPhase(Round round) {
    return requireNonNull(round, "round") == Round.ONE ? Phase.ROUND_1_OPEN : Phase.ROUND_2_OPEN;
  }

  /** The phase in which {@code round} is closed. */
  public static Phase closedPhase(Round round) {
    return requireNonNull(round, "round") == Round.ONE ? Phase.ROUND_1_CLOSED
        : Phase.ROUND_2_CLOSED;
  }

  /**
   * Why {@code actor} may not read an alliance's material (its approved entries, its tally) and
   * his or her own sheet for it in {@code round}.
   *
   * @param assigned whether the assignment gives the alliance to the actor in {@code round}
   * @param affiliated whether the actor is affiliated with the alliance
   */
  public static Optional<Refusal> readAlliance(Actor actor, Phase phase, Round round,
      boolean assigned, boolean affiliated) {
    requireNonNull(actor, "actor");
    requireNonNull(phase, "phase");
    requireNonNull(round, "round");
    if (actor.role() == Role.OFFICE) {
      return Optional.empty();
    }
    if (actor.role() != Role.EXPERT) {
      return Optional.of(Refusal.ROLE_MAY_NOT);
    }
    if (affiliated) {
      return Optional.of(Refusal.AFFILIATED);
    }
    if (!assigned) {
      return Optional.of(Refusal.NOT_ASSIGNED);
    }
    return phase == openPhase(round) ? Optional.empty() : Optional.of(Refusal.ROUND_NOT_OPEN);
  }

  /**
   * Why {@code actor} may not save scores for an alliance on his or her own sheet of {@code
   * round}.
   */
  public static Optional<Refusal> saveScores(Actor actor, Phase phase, Round round,
      boolean assigned, boolean affiliated, SheetState sheet) {
    requireNonNull(sheet, "sheet");
    if (actor.role() != Role.EXPERT) {
      return Optional.of(Refusal.ROLE_MAY_NOT);
    }
    Optional<Refusal> read = readAlliance(actor, phase, round, assigned, affiliated);
    if (read.isPresent()) {
      return read;
    }
    return sheet == SheetState.SUBMITTED ? Optional.of(Refusal.SHEET_SUBMITTED) : Optional.empty();
  }

  /**
   * Why {@code actor} may not submit his or her sheet of {@code round}.
   *
   * @param unscored the assigned alliances the sheet has no score for
   */
  public static Optional<Refusal> submitSheet(Actor actor, Phase phase, Round round,
      SheetState sheet, int unscored) {
    requireNonNull(actor, "actor");
    requireNonNull(sheet, "sheet");
    if (actor.role() != Role.EXPERT) {
      return Optional.of(Refusal.ROLE_MAY_NOT);
    }
    if (phase != openPhase(round)) {
      return Optional.of(Refusal.ROUND_NOT_OPEN);
    }
    if (sheet == SheetState.SUBMITTED) {
      return Optional.of(Refusal.SHEET_SUBMITTED);
    }
    return unscored > 0 ? Optional.of(Refusal.SHEET_INCOMPLETE) : Optional.empty();
  }

  /** Why {@code actor} may not reopen an expert's submitted sheet of {@code round}. */
  public static Optional<Refusal> reopenSheet(Actor actor, Phase phase, Round round,
      SheetState sheet, String reason) {
    requireNonNull(actor, "actor");
    requireNonNull(sheet, "sheet");
    if (actor.role() != Role.OFFICE) {
      return Optional.of(Refusal.ROLE_MAY_NOT);
    }
    if (phase != openPhase(round)) {
      return Optional.of(Refusal.ROUND_NOT_OPEN);
    }
    if (sheet != SheetState.SUBMITTED) {
      return Optional.of(Refusal.SHEET_NOT_SUBMITTED);
    }
    return blank(reason) ? Optional.of(Refusal.REASON_REQUIRED) : Optional.empty();
  }

  /** Why {@code actor} may not record the collective review's decision on an alliance. */
  public static Optional<Refusal> decide(Actor actor, Phase phase, boolean flagged,
      String rationale) {
    return office(actor, phase, Phase.COLLECTIVE_REVIEW).or(() -> !flagged
        ? Optional.of(Refusal.NOT_FLAGGED)
        : blank(rationale) ? Optional.of(Refusal.RATIONALE_REQUIRED) : Optional.empty());
  }

  /**
   * Why {@code actor} may not file an appeal for {@code code} at {@code now}.
   *
   * @param publicityEnd the end of publicity, if it is open
   * @param filed whether the alliance has filed its appeal already
   */
  public static Optional<Refusal> fileAppeal(Actor actor, AllianceCode code, Phase phase,
      Instant now, Optional<Instant> publicityEnd, boolean filed, String reasons) {
    requireNonNull(actor, "actor");
    requireNonNull(code, "code");
    requireNonNull(phase, "phase");
    requireNonNull(now, "now");
    requireNonNull(publicityEnd, "publicityEnd");
    if (actor.role() != Role.SECRETARIAT) {
      return Optional.of(Refusal.ROLE_MAY_NOT);
    }
    if (!actor.speaksFor(code)) {
      return Optional.of(Refusal.OTHER_ALLIANCE);
    }
    if (phase == Phase.PUBLISHED) {
      return Optional.of(Refusal.PUBLISHED);
    }
    if (phase != Phase.PUBLICITY || publicityEnd.isEmpty() || now.isAfter(publicityEnd.get())) {
      return Optional.of(Refusal.NOT_IN_PUBLICITY);
    }
    if (filed) {
      return Optional.of(Refusal.APPEAL_FILED);
    }
    return blank(reasons) ? Optional.of(Refusal.REASONS_REQUIRED) : Optional.empty();
  }

  /**
   * Why {@code actor} may not answer an alliance's appeal.
   *
   * @param filed whether the alliance filed one
   * @param answered whether it is answered already
   */
  public static Optional<Refusal> answerAppeal(Actor actor, Phase phase, boolean filed,
      boolean answered, String rationale) {
    return office(actor, phase, Phase.PUBLICITY).or(() -> !filed
        ? Optional.of(Refusal.NO_APPEAL)
        : answered ? Optional.of(Refusal.APPEAL_ANSWERED)
        : blank(rationale) ? Optional.of(Refusal.RATIONALE_REQUIRED) : Optional.empty());
  }

  /**
   * Why {@code actor} may not see the results of {@code code} (final score, tier, points per
   * indicator, the appeal): the office always; the alliance's own secretariat from publicity on.
   */
  public static Optional<Refusal> seeResults(Actor actor, AllianceCode code, Phase phase) {
    requireNonNull(actor, "actor");
    requireNonNull(code, "code");
    requireNonNull(phase, "phase");
    if (actor.role() == Role.OFFICE) {
      return Optional.empty();
    }
    if (actor.role() != Role.SECRETARIAT) {
      return Optional.of(Refusal.ROLE_MAY_NOT);
    }
    if (!actor.speaksFor(code)) {
      return Optional.of(Refusal.OTHER_ALLIANCE);
    }
    return phase.compareTo(Phase.PUBLICITY) >= 0 ? Optional.empty()
        : Optional.of(Refusal.RESULTS_NOT_OPEN);
  }

  /** Why {@code actor} may not see the year's report: the office always; others once published. */
  public static Optional<Refusal> seeReport(Actor actor, Phase phase) {
    requireNonNull(actor, "actor");
    requireNonNull(phase, "phase");
    if (actor.role() == Role.OFFICE || phase == Phase.PUBLISHED) {
      return Optional.empty();
    }
    return Optional.of(Refusal.NOT_PUBLISHED);
  }

  private static Optional<Refusal> office(Actor actor, Phase phase, Phase needed) {
    requireNonNull(actor, "actor");
    requireNonNull(phase, "phase");
    if (actor.role() != Role.OFFICE) {
      return Optional.of(Refusal.ROLE_MAY_NOT);
    }
    if (phase == Phase.PUBLISHED) {
      return Optional.of(Refusal.PUBLISHED);
    }
    return phase == needed ? Optional.empty() : Optional.of(Refusal.WRONG_PHASE);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
