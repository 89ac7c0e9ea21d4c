package io.allianceeval.year;

/**
 * The phases of an evaluation year, in the order the year goes through them: the alliances'
 * entries, the lock, the expert panel's two rounds (分组初评, 集中交叉分组复评), the collective review
 * of the important differences (重要差异集体讨论复核会评), publicity (公示) until its end date, and
 * publication. {@link PhaseRules} says which {@link PhaseStep} leads from one to the next.
 */
public enum Phase {
  /** The secretariats enter their alliances' activity. */
  ENTRY,
  /** Entries are closed; the records are built from the approved entries. */
  LOCKED,
  /** The experts score their assigned alliances in round 1. */
  ROUND_1_OPEN,
  /** Round 1 is closed. */
  ROUND_1_CLOSED,
  /** The experts re-score in round 2, across groups. */
  ROUND_2_OPEN,
  /** Round 2 is closed. */
  ROUND_2_CLOSED,
  /** The panel discusses the flagged alliances and the office records decisions. */
  COLLECTIVE_REVIEW,
  /** The results are shown to the alliances, which may ask for a re-check (复核申请). */
  PUBLICITY,
  /** The year is published and frozen. */
  PUBLISHED
}
