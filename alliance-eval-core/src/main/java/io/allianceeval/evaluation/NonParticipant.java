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
 * @param missingFacts the required facts its record lacks, in indicator order; empty for {@link
 *     Reason#NO_RECORD}
 */
public record NonParticipant(Alliance alliance, Reason reason, List<Fact> missingFacts) {

  /** Why an alliance was not evaluated. */
  public enum Reason {
    /** It is on the roster but has no activity record for the year. */
    NO_RECORD,
    /** Its record lacks facts the indicator system requires; see {@link #missingFacts()}. */
    MISSING_FACTS
  }

  /**
   * Checks the parts: missing facts are given exactly for {@link Reason#MISSING_FACTS}.
   *
   * @throws IllegalArgumentException if the missing facts do not fit the reason
   */
  public NonParticipant {
    requireNonNull(alliance, "alliance");
    requireNonNull(reason, "reason");
    missingFacts = List.copyOf(requireNonNull(missingFacts, "missingFacts"));
    if ((reason == Reason.MISSING_FACTS) == missingFacts.isEmpty()) {
      throw new IllegalArgumentException("alliance " + alliance.code() + ": missing facts must be "
          + (missingFacts.isEmpty() ? "given for " : "empty for ") + reason);
    }
  }

  /** An alliance of the roster that has no record. */
  public static NonParticipant noRecord(Alliance alliance) {
    return new NonParticipant(alliance, Reason.NO_RECORD, List.of());
  }

  /**
   * An alliance whose record lacks {@code missingFacts}.
   *
   * @throws IllegalArgumentException if {@code missingFacts} is empty
   */
  public static NonParticipant missingFacts(Alliance alliance, List<Fact> missingFacts) {
    return new NonParticipant(alliance, Reason.MISSING_FACTS, missingFacts);
  }

  /** The alliance's code. */
  public AllianceCode code() {
    return alliance.code();
  }

  /** The reason in words: {@code "no record"}, {@code "missing facts: standards, media_reports"}. */
  public String explanation() {
    return reason == Reason.NO_RECORD
        ? "no record"
        : "missing facts: "
            + missingFacts.stream().map(Fact::name).collect(Collectors.joining(", "));
  }

  /** {@code 123 染料产业技术创新战略联盟: no record}. */
  @Override
  public String toString() {
    return alliance + ": " + explanation();
  }
}
