package io.allianceeval.evaluation;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Fact;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A named alliance of the population that was not evaluated (未参评), with the reason. Alliances
 * known only as a count of the population have no entry.
 *
 * @param alliance the alliance
 * @param reason why it was not evaluated
 * @param missingFacts the required facts its record lacks, in indicator order; empty for every
 *     reason but {@link Reason#MISSING_FACTS}
 * @param explanation the reason in words: {@code "no record"}, {@code "missing facts: standards,
 *     media_reports"}, or the eligibility rule's words ({@code "no entry dated in the period"})
 */
public record NonParticipant(Alliance alliance, Reason reason, List<Fact> missingFacts,
    String explanation) {

  /** Why an alliance was not evaluated. */
  public enum Reason {
    /** It is on the roster but has no activity record for the year. */
    NO_RECORD,
    /** Its record lacks facts the indicator system requires; see {@link #missingFacts()}. */
    MISSING_FACTS,
    /**
     * Its entries in the dynamic information database do not meet the evaluation's requirements
     * (an {@link io.allianceeval.activity.Eligibility} rule refused it); see {@link
     * #explanation()}.
     */
    INELIGIBLE
  }

  /**
   * Checks the parts: missing facts are given exactly for {@link Reason#MISSING_FACTS}, and the
   * explanation is not blank.
   *
   * @throws IllegalArgumentException if the missing facts do not fit the reason, or the
   *     explanation is blank
   */
  public NonParticipant {
    requireNonNull(alliance, "alliance");
    requireNonNull(reason, "reason");
    missingFacts = List.copyOf(requireNonNull(missingFacts, "missingFacts"));
    requireNonNull(explanation, "explanation");
    if ((reason == Reason.MISSING_FACTS) == missingFacts.isEmpty()) {
      throw new IllegalArgumentException("alliance " + alliance.code() + ": missing facts must be "
          + (missingFacts.isEmpty() ? "given for " : "empty for ") + reason);
    }
    if (explanation.isBlank()) {
      throw new IllegalArgumentException("alliance " + alliance.code() + ": explanation must not "
          + "be blank");
    }
  }

  /** An alliance of the roster that has no record. */
  public static NonParticipant noRecord(Alliance alliance) {
    return new NonParticipant(alliance, Reason.NO_RECORD, List.of(), "no record");
  }

  /**
   * An alliance whose record lacks {@code missingFacts}.
   *
   * @throws IllegalArgumentException if {@code missingFacts} is empty
   */
  public static NonParticipant missingFacts(Alliance alliance, List<Fact> missingFacts) {
    requireNonNull(missingFacts, "missingFacts");
    return new NonParticipant(alliance, Reason.MISSING_FACTS, missingFacts, "missing facts: "
        + missingFacts.stream().map(Fact::name).collect(Collectors.joining(", ")));
  }

  /**
   * An alliance an eligibility rule refused, for the reason {@code why}.
   *
   * @throws IllegalArgumentException if {@code why} is blank
   */
  public static NonParticipant ineligible(Alliance alliance, String why) {
    return new NonParticipant(alliance, Reason.INELIGIBLE, List.of(), why);
  }

  /** The alliance's code. */
  public AllianceCode code() {
    return alliance.code();
  }

  /** {@code 123 染料产业技术创新战略联盟: no record}. */
  @Override
  public String toString() {
    return alliance + ": " + explanation;
  }
}
