package io.allianceeval.year;

/** A step of the office from one {@link Phase} of the year to the next. */
public enum PhaseStep {
  /** Locks the entries (with {@link YearRules#lock}'s conditions). */
  LOCK(Phase.ENTRY, Phase.LOCKED),
  /** Opens the entries again (with {@link YearRules#reopenYear}'s conditions). */
  REOPEN_ENTRY(Phase.LOCKED, Phase.ENTRY),
  /** Opens round 1 of the expert review. */
  OPEN_ROUND_1(Phase.LOCKED, Phase.ROUND_1_OPEN),
  /** Closes round 1. */
  CLOSE_ROUND_1(Phase.ROUND_1_OPEN, Phase.ROUND_1_CLOSED),
  /** Opens round 2. */
  OPEN_ROUND_2(Phase.ROUND_1_CLOSED, Phase.ROUND_2_OPEN),
  /** Closes round 2. */
  CLOSE_ROUND_2(Phase.ROUND_2_OPEN, Phase.ROUND_2_CLOSED),
  /** Starts the collective review of the flagged alliances. */
  START_COLLECTIVE_REVIEW(Phase.ROUND_2_CLOSED, Phase.COLLECTIVE_REVIEW),
  /** Opens publicity, until an end date. */
  OPEN_PUBLICITY(Phase.COLLECTIVE_REVIEW, Phase.PUBLICITY),
  /** Publishes the year, after publicity. */
  PUBLISH(Phase.PUBLICITY, Phase.PUBLISHED);

  private final Phase from;
  private final Phase to;

  PhaseStep(Phase from, Phase to) {
    this.from = from;
    this.to = to;
  }

  /** The phase the step is taken from. */
  public Phase from() {
    return from;
  }

  /** The phase it leads to. */
  public Phase to() {
    return to;
  }
}
