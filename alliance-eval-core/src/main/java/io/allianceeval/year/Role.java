package io.allianceeval.year;

/** Who someone is in the evaluation year. */
public enum Role {
  /** The evaluation office (评价办公室): every alliance, the whole year. */
  OFFICE,
  /** An alliance's secretariat (联盟秘书处): its own alliance only. */
  SECRETARIAT,
  /** A member of the expert panel (评价专家): the review's rounds, not the alliances' entries. */
  EXPERT
}
