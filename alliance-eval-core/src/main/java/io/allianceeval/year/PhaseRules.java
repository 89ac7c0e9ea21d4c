package io.allianceeval.year;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Which step leads from one phase of the year to the next, and why a step is refused. Only the
 * office moves a year between phases; each {@link PhaseStep} is taken from exactly one phase; a
 * published year never changes. Closing a round with missing score sheets needs a reason that
 * records who is missing and why; publicity needs an end after the moment it opens, and the year
 * is published only after that end. The lock and the reopening of entries keep their own
 * conditions in {@link YearRules#lock} and {@link YearRules#reopenYear}, which the caller asks as
 * well. Pure: the caller passes the instant.
 */
public final class PhaseRules {

  /**
   * What a step needs to know beside the phase.
   *
   * @param now the moment of the step
   * @param missingSheets for closing a round: the score sheets not submitted (0 when complete)
   * @param publicityEnd for opening publicity, the end asked for; for publishing, the end set
   * @param reason for closing an incomplete round: who is missing and why (may be null otherwise)
   */
  public record Circumstances(Instant now, int missingSheets, Optional<Instant> publicityEnd,
      String reason) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if {@code missingSheets} is negative
     */
    public Circumstances {
      requireNonNull(now, "now");
      requireNonNull(publicityEnd, "publicityEnd");
      if (missingSheets < 0) {
        throw new IllegalArgumentException("missing sheets cannot be negative: " + missingSheets);
      }
    }

    /** A step at {@code now} with nothing else to say. */
    public static Circumstances at(Instant now) {
      return new Circumstances(now, 0, Optional.empty(), null);
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
      case CLOSE_ROUND_1:
      case CLOSE_ROUND_2:
        return c.missingSheets() > 0 && (c.reason() == null || c.reason().isBlank())
            ? Optional.of(Refusal.MISSING_SHEETS) : Optional.empty();
      case OPEN_PUBLICITY:
        return c.publicityEnd().isPresent() && c.publicityEnd().get().isAfter(c.now())
            ? Optional.empty() : Optional.of(Refusal.PUBLICITY_END_REQUIRED);
      case PUBLISH:
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
