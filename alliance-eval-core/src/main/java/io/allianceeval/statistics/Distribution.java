package io.allianceeval.statistics;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.evaluation.Population;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The participants of one {@link EvaluationResult} counted by tier and batch — a tier × batch
 * table — beside the population they are counted against. Every figure of section 三 of the report
 * is a sum of its cells over a set of tiers and a set of batches, divided by another such sum or by
 * the population: a {@link Share}.
 *
 * <pre>{@code
 * Distribution d = Distribution.of(result);
 * d.count(Tier.HIGH, Batch.FIRST);                                  // 17
 * d.ofParticipants(EnumSet.of(Tier.HIGH, Tier.FAIRLY_HIGH));        // 54/99 = 54.55%
 * Share.of(d.count(Set.of(Tier.HIGH), Set.of(Batch.FIRST)),
 *     d.count(Set.of(Tier.HIGH), Distribution.PILOTS));             // 17/33 = 51.52%
 * Share.of(d.count(Tier.HIGH, Batch.FIRST),
 *     d.population().count(Batch.FIRST));                           // 17/52 = 32.69%
 * }</pre>
 *
 * <p>Counted once when made; immutable.
 */
public final class Distribution {

  /** The four batches. */
  public static final Set<Batch> ALL_BATCHES =
      Collections.unmodifiableSet(EnumSet.allOf(Batch.class));

  /** The three pilot batches: "占活跃度高的试点联盟的 51.52%" counts over these. */
  public static final Set<Batch> PILOTS =
      Collections.unmodifiableSet(EnumSet.of(Batch.FIRST, Batch.SECOND, Batch.THIRD));

  /** The four tiers. */
  public static final Set<Tier> ALL_TIERS = Collections.unmodifiableSet(EnumSet.allOf(Tier.class));

  private final int year;
  private final Population population;
  /** counts[tier][batch]. */
  private final int[][] counts = new int[Tier.values().length][Batch.values().length];

  private Distribution(EvaluationResult result) {
    this.year = result.year();
    this.population = result.population();
    for (Participant p : result.participants()) {
      counts[p.tier().ordinal()][p.batch().ordinal()]++;
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

  /** The population the participants are counted against: 157 alliances, 52 of the first batch. */
  public Population population() {
    return population;
  }

  /** One cell: the participants of {@code tier} in {@code batch}: 17 HIGH first-batch pilots. */
  public int count(Tier tier, Batch batch) {
    return counts[requireNonNull(tier, "tier").ordinal()][requireNonNull(batch, "batch").ordinal()];
  }

  /**
   * The cells of {@code tiers} × {@code batches}, summed: 33 HIGH pilots ({@code Set.of(HIGH)},
   * {@link #PILOTS}), 54 HIGH or FAIRLY_HIGH alliances ({@link #ALL_BATCHES}).
   */
  public int count(Set<Tier> tiers, Set<Batch> batches) {
    requireNonNull(tiers, "tiers");
    requireNonNull(batches, "batches");
    int n = 0;
    for (Tier t : tiers) {
      for (Batch b : batches) {
        n += count(t, b);
      }
    }
    return n;
  }

  /** The participants of {@code batches}: 99 of all, 37 of the first batch. */
  public int participants(Set<Batch> batches) {
    return count(ALL_TIERS, batches);
  }

  /** The alliances of {@code batches} that did not take part: 58 of all, 15 of the first batch. */
  public int nonParticipants(Set<Batch> batches) {
    int n = 0;
    for (Batch b : requireNonNull(batches, "batches")) {
      n += population.count(b);
    }
    return n - participants(batches);
  }

  /** {@code tiers} among the participants: HIGH + FAIRLY_HIGH 54/99 = 54.55%. */
  public Share ofParticipants(Set<Tier> tiers) {
    return Share.of(count(tiers, ALL_BATCHES), participants(ALL_BATCHES));
  }

  /** {@code tiers} among all alliances of the population: HIGH 35/157 = 22.29%. */
  public Share ofPopulation(Set<Tier> tiers) {
    return Share.of(count(tiers, ALL_BATCHES), population.total());
  }

  /** The alliances that did not take part among all: 58/157 = 36.94%. */
  public Share nonParticipantsOfPopulation() {
    return Share.of(nonParticipants(ALL_BATCHES), population.total());
  }

  /** {@code Distribution{2019: 99 of 157; HIGH 35, FAIRLY_HIGH 19, AVERAGE 37, INACTIVE 8}}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Distribution{").append(year).append(": ")
        .append(participants(ALL_BATCHES)).append(" of ").append(population.total()).append(';');
    for (Tier t : Tier.values()) {
      sb.append(t.ordinal() == 0 ? " " : ", ").append(t).append(' ')
          .append(count(Set.of(t), ALL_BATCHES));
    }
    return sb.append('}').toString();
  }
}
