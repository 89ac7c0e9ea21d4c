package io.allianceeval.year;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Which step leads from one phase of the year to the next, and why a step is refused. Only the
 * office moves a year between phases; each {@link PhaseStep} is taken from exactly one phase; a
 * published year never changes. Round 1 opens only once the rounds are planned; closing a round
 * with missing score sheets needs a reason that records who is missing and why; publicity opens
 * only when every flagged alliance has its decision, and needs an end after the moment it opens;
 * the year is published only after that end, with every appeal answered. The lock and the
 * reopening of entries keep their own conditions in {@link YearRules#lock} and {@link
 * YearRules#reopenYear}, which the caller asks as well. Pure: the caller passes the instant.
 */
public final class PhaseRules {

  /**
   * What a step needs to know beside the phase. Start from {@link #at(Instant)} and add what the
   * step concerns; what a step does not concern is ignored.
   *
   * @param now the moment of the step
   * @param assigned for opening round 1: whether the rounds are planned (an assignment exists)
   * @param missingSheets for closing a round: the score sheets not submitted (0 when complete)
   * @param reason for closing an incomplete round: who is missing and why (may be null otherwise)
   * @param unresolvedFlags for opening publicity: flagged alliances without a decision
   * @param publicityEnd for opening publicity, the end asked for; for publishing, the end set
   * @param unansweredAppeals for publishing: appeals the office has not answered
   */
  public record Circumstances(Instant now, boolean assigned, int missingSheets, String reason,
      int unresolvedFlags, Optional<Instant> publicityEnd, int unansweredAppeals) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public Circumstances {
      requireNonNull(now, "now");
      requireNonNull(publicityEnd, "publicityEnd");
      if (missingSheets < 0 || unresolvedFlags < 0 || unansweredAppeals < 0) {
        throw new IllegalArgumentException("counts cannot be negative: " + missingSheets + ", "
            + unresolvedFlags + ", " + unansweredAppeals);
      }
    }

    /** A step at {@code now}: planned, complete, nothing unresolved, no publicity end. */
    public static Circumstances at(Instant now) {
      return new Circumstances(now, true, 0, null, 0, Optional.empty(), 0);
    }

    /** These circumstances, with or without an assignment. */
    public Circumstances withAssignment(boolean planned) {
      return new Circumstances(now, planned, missingSheets, reason, unresolvedFlags,
          publicityEnd, unansweredAppeals);
    }

    /** These circumstances, with {@code missing} sheets and the reason for closing anyway. */
    public Circumstances withMissingSheets(int missing, String why) {
      return new Circumstances(now, assigned, missing, why, unresolvedFlags, publicityEnd,
          unansweredAppeals);
    }

    /** These circumstances, with {@code count} flags awaiting a decision. */
    public Circumstances withUnresolvedFlags(int count) {
      return new Circumstances(now, assigned, missingSheets, reason, count, publicityEnd,
          unansweredAppeals);
    }

    /** These circumstances, with the publicity's end. */
    public Circumstances withPublicityEnd(Optional<Instant> end) {
      return new Circumstances(now, assigned, missingSheets, reason, unresolvedFlags, end,
          unansweredAppeals);
    }

    /** These circumstances, with {@code count} appeals awaiting an answer. */
    public Circumstances withUnansweredAppeals(int count) {
      return new Circumstances(now, assigned, missingSheets, reason, unresolvedFlags,
          publicityEnd, count);
    }
  }

  private PhaseRules() {}

  /** Why {@code actor} may not take {@code step} from {@code phase}, or empty when it may. */
  public static Optional<Refusal> refusal(Actor actor, Phase phase, PhaseStep step,
      Circumstances c) {
    requireNonNull(actor, "actor");
    requireNonNull(phase, "phase");
    requireNonNull(step, "step");
    requireNonNull(c, "circumstances");
    if (actor.role() != Role.OFFICE) {
      return Optional.of(Refusal.ROLE_MAY_NOT);
    }
    if (phase == Phase.PUBLISHED) {
      return Optional.of(Refusal.PUBLISHED);
    }
    if (step.from() != phase) {
      return Optional.of(Refusal.WRONG_PHASE);
    }
    switch (step) {
      case OPEN_ROUND_1:
        return c.assigned() ? Optional.empty() : Optional.of(Refusal.NO_ASSIGNMENT);
      case CLOSE_ROUND_1:
      case CLOSE_ROUND_2:
        return c.missingSheets() > 0 && (c.reason() == null || c.reason().isBlank())
            ? Optional.of(Refusal.MISSING_SHEETS) : Optional.empty();
      case OPEN_PUBLICITY:
        if (c.unresolvedFlags() > 0) {
          return Optional.of(Refusal.UNRESOLVED_FLAGS);
        }
        return c.publicityEnd().isPresent() && c.publicityEnd().get().isAfter(c.now())
            ? Optional.empty() : Optional.of(Refusal.PUBLICITY_END_REQUIRED);
      case PUBLISH:
        if (c.unansweredAppeals() > 0) {
          return Optional.of(Refusal.UNANSWERED_APPEALS);
        }
        return c.publicityEnd().isPresent() && c.now().isAfter(c.publicityEnd().get())
            ? Optional.empty() : Optional.of(Refusal.PUBLICITY_NOT_OVER);
      default:
        return Optional.empty();
    }
  }

  /**
   * The phase after {@code actor} takes {@code step} from {@code phase}.
   *
   * @throws StepRefusedException when the step is refused, saying why
   */
  public static Phase apply(Actor actor, Phase phase, PhaseStep step, Circumstances c) {
    Optional<Refusal> refusal = refusal(actor, phase, step, c);
    if (refusal.isPresent()) {
      throw new StepRefusedException(refusal.get(),
          step.name().toLowerCase(Locale.ROOT) + " from " + phase.name().toLowerCase(Locale.ROOT));
    }
    return step.to();
  }
}
