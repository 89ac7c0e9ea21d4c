package io.allianceeval.evaluation;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.TierScheme;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one year's evaluation: the participants in result order, the named
 * non-participants, and the resolved population they are counted against.
 *
 * <p>Participants are ordered best first: by tier, then results with a total before tier-only ones,
 * then by published whole-point total, then by exact total (both highest first), then by code
 * (first, second, third batch, network; then number). Ranks follow the published totals.
 *
 * <p>{@link #indicatorSystem()} names the model the records were scored with; every report prints
 * its name. Immutable. Hand-written rather than generated: it keeps an index by code beside its
 * lists, for the lookups an award scan makes over many years and alliances.
 */
public final class EvaluationResult {

  private final int year;
  private final Population population;
  private final TierScheme tierScheme;
  private final IndicatorSystem indicatorSystem;
  private final boolean scoredFromRecords;
  private final List<Participant> participants;
  private final List<NonParticipant> nonParticipants;
  private volatile Map<AllianceCode, Participant> byCode; // built when first asked

  private static final List<Optional<Tier>> TIERS = Arrays.stream(Tier.values())
      .map(Optional::of).toList();

  EvaluationResult(
      int year,
      Population population,
      TierScheme tierScheme,
      IndicatorSystem indicatorSystem,
      boolean scoredFromRecords,
      List<Participant> participants,
      List<NonParticipant> nonParticipants) {
    this.year = year;
    this.population = population;
    this.tierScheme = tierScheme;
    this.indicatorSystem = indicatorSystem;
    this.scoredFromRecords = scoredFromRecords;
    this.participants = List.copyOf(participants);
    this.nonParticipants = List.copyOf(nonParticipants);

  }

  /** The participants by code, built once when first asked (an award scan asks many times). */
  private Map<AllianceCode, Participant> byCode() {
    Map<AllianceCode, Participant> map = byCode;
    if (map == null) {
      map = new HashMap<>(participants.size() * 2);
      for (Participant p : participants) {
        map.put(p.code(), p);
      }
      byCode = map;
    }
    return map;
  }

  /** The evaluation year. */
  public int year() {
    return year;
  }

  /**
   * The population the result is counted against: the configured roster or counts, or, for {@link
   * Population#evaluated()}, a roster of every alliance in the input.
   */
  public Population population() {
    return population;
  }

  /** The tier scheme the tiers were decided by. */
  public TierScheme tierScheme() {
    return tierScheme;
  }

  /**
   * The indicator system of the result, whose {@linkplain IndicatorSystem#name() name} every report
   * prints ({@code "standard 2019"}): the model the records were scored with or, for a result read
   * from published scores, the model those scores are taken to be on (its {@linkplain
   * IndicatorSystem#total() total} is full marks).
   */
  public IndicatorSystem indicatorSystem() {
    return indicatorSystem;
  }

  /**
   * Whether the result was scored from activity records here ({@link Evaluation#score}), so that
   * participants have {@linkplain Participant#scorecard() scorecards}; false for published scores.
   */
  public boolean scoredFromRecords() {
    return scoredFromRecords;
  }

  /** The participants, best first (see the class documentation). */
  public List<Participant> participants() {
    return participants;
  }

  /** The participants of {@code tier}, in result order. */
  public List<Participant> participants(Tier tier) {
    requireNonNull(tier, "tier");
    return participants.stream().filter(p -> p.tier() == tier).toList();
  }

  /** The participant with {@code code}, if it took part. */
  public Optional<Participant> participant(AllianceCode code) {
    return Optional.ofNullable(byCode().get(requireNonNull(code, "code")));
  }

  /**
   * The tier of {@code code}, if it took part: the same as {@code participant(code).map(tier)},
   * without allocating (for scans over many years and alliances).
   */
  public Optional<Tier> tier(AllianceCode code) {
    Participant p = byCode().get(requireNonNull(code, "code"));
    return p == null ? Optional.empty() : TIERS.get(p.tier().ordinal());
  }

  /** The named non-participants, ordered by code. */
  public List<NonParticipant> nonParticipants() {
    return nonParticipants;
  }

  /** The number of participants of {@code batch}. */
  public int participantCount(Batch batch) {
    requireNonNull(batch, "batch");
    return (int) participants.stream().filter(p -> p.batch() == batch).count();
  }

  /**
   * The number of alliances of {@code batch} that did not take part: the population's count minus
   * the participants, named or not.
   */
  public int nonParticipantCount(Batch batch) {
    return population.count(batch) - participantCount(batch);
  }

  /** The number of participants. */
  public int participantCount() {
    return participants.size();
  }

  /** The number of alliances of the population that did not take part. */
  public int nonParticipantCount() {
    return population.total() - participants.size();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EvaluationResult)) {
      return false;
    }
    EvaluationResult r = (EvaluationResult) o;
    return year == r.year && population.equals(r.population) && tierScheme.equals(r.tierScheme)
        && indicatorSystem.equals(r.indicatorSystem) && participants.equals(r.participants)
        && nonParticipants.equals(r.nonParticipants);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, population, participants, nonParticipants);
  }

  /** {@code EvaluationResult{2019: 99 participants, 58 non-participants of 157}}. */
  @Override
  public String toString() {
    return "EvaluationResult{" + year + ": " + participants.size() + " participants, "
        + nonParticipantCount() + " non-participants of " + population.total() + "}";
  }
}
