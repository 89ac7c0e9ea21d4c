package io.allianceeval.awards;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.Batch;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a {@link ConsecutiveYearAward} for one year: the awarded alliances ordered by
 * code, their counts by batch, and — when the history decides the year before — the newly awarded
 * and the dropped. Immutable.
 */
public final class AwardResult {

  /** An alliance awarded the year before and not now, with the year that broke its run. */
  public record Dropped(Alliance alliance, YearOutcome brokenBy) {
    /** Creates the entry. */
    public Dropped {
      requireNonNull(alliance, "alliance");
      requireNonNull(brokenBy, "brokenBy");
    }
  }

  private final ConsecutiveYearAward rule;
  private final int year;
  private final List<Alliance> awarded;
  private final Optional<List<Alliance>> newlyAwarded;
  private final Optional<List<Dropped>> dropped;
  private final String undecidedReason;

  AwardResult(ConsecutiveYearAward rule, int year, List<Alliance> awarded,
      Optional<List<Alliance>> newlyAwarded, Optional<List<Dropped>> dropped,
      String undecidedReason) {
    this.rule = rule;
    this.year = year;
    this.awarded = List.copyOf(awarded);
    this.newlyAwarded = newlyAwarded.map(List::copyOf);
    this.dropped = dropped.map(List::copyOf);
    this.undecidedReason = undecidedReason;
  }

  /** The rule. */
  public ConsecutiveYearAward rule() {
    return rule;
  }

  /** The award year. */
  public int year() {
    return year;
  }

  /** The awarded alliances, ordered by code, named as in the latest year that names them. */
  public List<Alliance> awarded() {
    return awarded;
  }

  /** The number of awarded alliances of each batch (every batch present, possibly 0). */
  public Map<Batch, Integer> byBatch() {
    Map<Batch, Integer> counts = new EnumMap<>(Batch.class);
    for (Batch b : Batch.values()) {
      counts.put(b, 0);
    }
    awarded.forEach(a -> counts.merge(a.batch(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** Whether the history also decides the year before, so that newly awarded and dropped exist. */
  public boolean comparesWithYearBefore() {
    return newlyAwarded.isPresent();
  }

  /**
   * The alliances awarded this year but not the year before, ordered by code.
   *
   * @throws IllegalStateException if the history does not decide the year before; the message says
   *     which years it lacks
   */
  public List<Alliance> newlyAwarded() {
    return newlyAwarded.orElseThrow(() -> new IllegalStateException(undecidedReason));
  }

  /**
   * The alliances awarded the year before but not this year, ordered by code, each with the year,
   * tier and score that broke its run.
   *
   * @throws IllegalStateException if the history does not decide the year before
   */
  public List<Dropped> dropped() {
    return dropped.orElseThrow(() -> new IllegalStateException(undecidedReason));
  }

  /** {@code AwardResult{2019, HIGH in each of 3 consecutive years: 22 awarded}}. */
  @Override
  public String toString() {
    return "AwardResult{" + year + ", " + rule + ": " + awarded.size() + " awarded"
        + (comparesWithYearBefore() ? ", " + newlyAwarded().size() + " new, " + dropped().size()
            + " dropped" : "") + "}";
  }
}
