package io.allianceeval.year;

import java.util.Objects;

/** A step of the year that the rules refuse; {@link #refusal()} says why. */
public final class StepRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  /**
   * @param refusal why
   * @param what the step refused, for the message (for example {@code "approve 342"})
   */
  public StepRefusedException(Refusal refusal, String what) {
    super(what + ": " + refusal);
    this.refusal = Objects.requireNonNull(refusal, "refusal");
  }

  /** Why the step is refused. */
  public Refusal refusal() {
    return refusal;
  }
}
