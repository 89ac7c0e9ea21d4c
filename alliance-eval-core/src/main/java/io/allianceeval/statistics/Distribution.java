package io.allianceeval.statistics;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.evaluation.Population;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The distribution of one {@link EvaluationResult} over tiers and batches, against its population:
 * everything section 三 of the report states.
 *
 * <pre>{@code
 * Distribution d = Distribution.of(result);
 * d.count(Tier.HIGH);                                          // 35
 * d.ofParticipants(EnumSet.of(Tier.HIGH, Tier.FAIRLY_HIGH));   // 54/99 = 54.55%
 * d.ofTier(Tier.HIGH, Batch.FIRST, BatchScope.PILOTS);         // 17/33 = 51.52%
 * d.ofBatchPopulation(Tier.HIGH, Batch.FIRST);                 // 17/52 = 32.69%
 * }</pre>
 *
 * <p>Counts are computed once; every share is exact ({@link Share}). Immutable.
 */
public final class Distribution {

  /** Which batches a share of a tier is taken over. */
  public enum BatchScope {
    /** All four batches. */
    ALL,
    /** The three pilot batches only: "占活跃度高的试点联盟的 51.52%". */
    PILOTS;

    boolean includes(Batch b) {
      return this == ALL || b.isPilot();
    }
  }

  private final int year;
  private final Population population;
  /** counts[tier][batch]. */
  private final int[][] counts = new int[Tier.values().length][Batch.values().length];
  private final int[] participants = new int[Batch.values().length];

  private Distribution(EvaluationResult result) {
    this.year = result.year();
    this.population = result.population();
    for (Participant p : result.participants()) {
      counts[p.tier().ordinal()][p.batch().ordinal()]++;
      participants[p.batch().ordinal()]++;
    }
  }

  /** The distribution of {@code result}. */
  public static Distribution of(EvaluationResult result) {
    return new Distribution(requireNonNull(result, "result"));
  }

  /** The evaluation year. */
  public int year() {
    return year;
  }

  /** The number of alliances of the population: 157. */
  public int population() {
    return population.total();
  }

  /** The number of alliances of {@code batch} in the population: 52 first-batch pilots. */
  public int population(Batch batch) {
    return population.count(requireNonNull(batch, "batch"));
  }

  /** The number of participants: 99. */
  public int participants() {
    return Arrays.stream(participants).sum();
  }

  /** The number of participants of {@code batch}: 37 first-batch pilots. */
  public int participants(Batch batch) {
    return participants[requireNonNull(batch, "batch").ordinal()];
  }

  /** The number of alliances that did not take part: 58. */
  public int nonParticipants() {
    return population() - participants();
  }

  /** The number of alliances of {@code batch} that did not take part: 15 first-batch pilots. */
  public int nonParticipants(Batch batch) {
    return population(batch) - participants(batch);
  }

  /** The participants of {@code tier}: 35 HIGH. */
  public int count(Tier tier) {
    return count(EnumSet.of(requireNonNull(tier, "tier")), BatchScope.ALL);
  }

  /** The participants of {@code tier} in {@code batch}: 17 HIGH first-batch pilots. */
  public int count(Tier tier, Batch batch) {
    return counts[requireNonNull(tier, "tier").ordinal()][requireNonNull(batch, "batch").ordinal()];
  }

  /** The participants of any of {@code tiers} in {@code batch}: 20 HIGH or FAIRLY_HIGH first-batch. */
  public int count(Set<Tier> tiers, Batch batch) {
    requireNonNull(batch, "batch");
    int n = 0;
    for (Tier t : checkTiers(tiers)) {
      n += counts[t.ordinal()][batch.ordinal()];
    }
    return n;
  }

  /** The participants of any of {@code tiers} in the batches of {@code scope}: 33 HIGH pilots. */
  public int count(Set<Tier> tiers, BatchScope scope) {
    requireNonNull(scope, "scope");
    int n = 0;
    for (Batch b : Batch.values()) {
      if (scope.includes(b)) {
        n += count(tiers, b);
      }
    }
    return n;
  }

  /** The participants of any of {@code tiers}: 54 HIGH or FAIRLY_HIGH. */
  public int count(Set<Tier> tiers) {
    return count(tiers, BatchScope.ALL);
  }

  /** Non-participants among all alliances: 58/157 = 36.94%. */
  public Share nonParticipantsOfPopulation() {
    return Share.of(nonParticipants(), population());
  }

  /** Participants among all alliances: 99/157. */
  public Share participantsOfPopulation() {
    return Share.of(participants(), population());
  }

  /** Participants of {@code batch} among the batch's alliances: 37/52. */
  public Share participantsOfBatch(Batch batch) {
    return Share.of(participants(batch), population(batch));
  }

  /** {@code tier} among participants: HIGH 35/99 = 35.35%. */
  public Share ofParticipants(Tier tier) {
    return ofParticipants(EnumSet.of(requireNonNull(tier, "tier")));
  }

  /** Any of {@code tiers} among participants: HIGH + FAIRLY_HIGH 54/99 = 54.55%. */
  public Share ofParticipants(Set<Tier> tiers) {
    return Share.of(count(tiers), participants());
  }

  /** {@code tier} of {@code batch} among participants: HIGH network members 2/99 = 2.02%. */
  public Share ofParticipants(Tier tier, Batch batch) {
    return Share.of(count(tier, batch), participants());
  }

  /** {@code tier} among all alliances: HIGH 35/157 = 22.29%. */
  public Share ofPopulation(Tier tier) {
    return ofPopulation(EnumSet.of(requireNonNull(tier, "tier")));
  }

  /** Any of {@code tiers} among all alliances: HIGH + FAIRLY_HIGH 54/157 = 34.39%. */
  public Share ofPopulation(Set<Tier> tiers) {
    return Share.of(count(tiers), population());
  }

  /** {@code tier} of {@code batch} among all alliances: HIGH network members 2/157 = 1.27%. */
  public Share ofPopulation(Tier tier, Batch batch) {
    return Share.of(count(tier, batch), population());
  }

  /** {@code tier} of {@code batch} among the batch's alliances: HIGH first batch 17/52 = 32.69%. */
  public Share ofBatchPopulation(Tier tier, Batch batch) {
    return Share.of(count(tier, batch), population(batch));
  }

  /** {@code tier} of {@code batch} among the batch's participants: HIGH first batch 17/37. */
  public Share ofBatchParticipants(Tier tier, Batch batch) {
    return Share.of(count(tier, batch), participants(batch));
  }

  /**
   * {@code batch} within {@code tier}, over the batches of {@code scope}: HIGH first batch 17 of the
   * 33 HIGH pilots = 51.52% ({@code PILOTS}); HIGH network 2 of the 35 HIGH = 5.71% ({@code ALL}).
   *
   * @throws IllegalArgumentException if {@code batch} is outside {@code scope}
   */
  public Share ofTier(Tier tier, Batch batch, BatchScope scope) {
    requireNonNull(tier, "tier");
    requireNonNull(batch, "batch");
    requireNonNull(scope, "scope");
    if (!scope.includes(batch)) {
      throw new IllegalArgumentException(batch + " is not among the batches of " + scope);
    }
    return Share.of(count(tier, batch), count(EnumSet.of(tier), scope));
  }

  /** The tiers' shares of participants, best first: a set that sums to 100% (when defined). */
  public List<Share> tiersOfParticipants() {
    return Arrays.stream(Tier.values()).map(this::ofParticipants).toList();
  }

  /**
   * The tiers' shares of all alliances, best first, with non-participants last: a set of five
   * that sums to 100%.
   */
  public List<Share> tiersOfPopulation() {
    List<Share> list = new ArrayList<>(
        Arrays.stream(Tier.values()).map(this::ofPopulation).toList());
    list.add(nonParticipantsOfPopulation());
    return List.copyOf(list);
  }

  /** The batches' shares within {@code tier} over {@code scope}, in batch order. */
  public List<Share> batchesOfTier(Tier tier, BatchScope scope) {
    requireNonNull(scope, "scope");
    return Arrays.stream(Batch.values()).filter(scope::includes)
        .map(b -> ofTier(tier, b, scope)).toList();
  }

  private static Collection<Tier> checkTiers(Set<Tier> tiers) {
    requireNonNull(tiers, "tiers");
    for (Tier t : tiers) {
      requireNonNull(t, "tier");
    }
    return tiers;
  }

  /** {@code Distribution{2019: 99 of 157; HIGH 35, FAIRLY_HIGH 19, AVERAGE 37, INACTIVE 8}}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Distribution{").append(year).append(": ")
        .append(participants()).append(" of ").append(population()).append(';');
    for (Tier t : Tier.values()) {
      sb.append(t.ordinal() == 0 ? " " : ", ").append(t).append(' ').append(count(t));
    }
    return sb.append('}').toString();
  }
}
