package io.allianceeval.evaluation;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Fact;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A named alliance of the population that was not evaluated (未参评), with the reason. Alliances
 * known only as a count of the population have no entry.
 */
public final class NonParticipant {

  /** Why an alliance was not evaluated. */
  public enum Reason {
    /** It is on the roster but has no activity record for the year. */
    NO_RECORD,
    /** Its record lacks facts the indicator system requires; see {@link #missingFacts()}. */
    MISSING_FACTS
  }

  private final Alliance alliance;
  private final Reason reason;
  private final List<Fact> missingFacts;

  private NonParticipant(Alliance alliance, Reason reason, List<Fact> missingFacts) {
    this.alliance = alliance;
    this.reason = reason;
    this.missingFacts = missingFacts;
  }

  /** An alliance of the roster that has no record. */
  public static NonParticipant noRecord(Alliance alliance) {
    return new NonParticipant(requireNonNull(alliance, "alliance"), Reason.NO_RECORD, List.of());
  }

  /**
   * An alliance whose record lacks {@code missingFacts}.
   *
   * @throws IllegalArgumentException if {@code missingFacts} is empty
   */
  public static NonParticipant missingFacts(Alliance alliance, List<Fact> missingFacts) {
    requireNonNull(alliance, "alliance");
    List<Fact> facts = List.copyOf(requireNonNull(missingFacts, "missingFacts"));
    if (facts.isEmpty()) {
      throw new IllegalArgumentException(
          "alliance " + alliance.code() + ": missing facts must not be empty");
    }
    return new NonParticipant(alliance, Reason.MISSING_FACTS, facts);
  }

  /** The alliance. */
  public Alliance alliance() {
    return alliance;
  }

  /** The alliance's code. */
  public AllianceCode code() {
    return alliance.code();
  }

  /** Why it was not evaluated. */
  public Reason reason() {
    return reason;
  }

  /** The required facts its record lacks, in indicator order; empty for {@link Reason#NO_RECORD}. */
  public List<Fact> missingFacts() {
    return missingFacts;
  }

  /** The reason in words: {@code "no record"}, {@code "missing facts: standards, media_reports"}. */
  public String explanation() {
    return reason == Reason.NO_RECORD
        ? "no record"
        : "missing facts: "
            + missingFacts.stream().map(Fact::name).collect(Collectors.joining(", "));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NonParticipant
        && ((NonParticipant) o).alliance.equals(alliance)
        && ((NonParticipant) o).reason == reason
        && ((NonParticipant) o).missingFacts.equals(missingFacts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(alliance, reason, missingFacts);
  }

  /** {@code 123 染料产业技术创新战略联盟: no record}. */
  @Override
  public String toString() {
    return alliance + ": " + explanation();
  }
}
