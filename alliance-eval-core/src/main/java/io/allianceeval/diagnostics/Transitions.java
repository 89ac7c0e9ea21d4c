package io.allianceeval.diagnostics;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What changed between two years: the tier transition matrix of the alliances that took part in
 * both (by batch on request), who moved up or down, who joined and who left the evaluation.
 * Immutable.
 */
public final class Transitions {

  /** An alliance whose tier changed. */
  public record Move(Alliance alliance, Tier from, Tier to) {}

  private final int previousYear;
  private final int currentYear;
  private final int[][][] counts = new int[Batch.values().length][Tier.values().length]
      [Tier.values().length];
  private final List<Move> up = new ArrayList<>();
  private final List<Move> down = new ArrayList<>();
  private final List<Alliance> joined = new ArrayList<>();
  private final List<Alliance> left = new ArrayList<>();
  private int inBoth;

  private Transitions(EvaluationResult previous, EvaluationResult current) {
    this.previousYear = previous.year();
    this.currentYear = current.year();
    for (Participant p : current.participants()) {
      Optional<Participant> before = previous.participant(p.code());
      if (before.isEmpty()) {
        joined.add(p.alliance());
        continue;
      }
      inBoth++;
      Tier from = before.get().tier();
      Tier to = p.tier();
      counts[p.batch().ordinal()][from.ordinal()][to.ordinal()]++;
      if (to.compareTo(from) < 0) {
        up.add(new Move(p.alliance(), from, to));
      } else if (to.compareTo(from) > 0) {
        down.add(new Move(p.alliance(), from, to));
      }
    }
    for (Participant p : previous.participants()) {
      if (current.participant(p.code()).isEmpty()) {
        left.add(p.alliance());
      }
    }
    Comparator<Alliance> byCode = Comparator.comparing(Alliance::code);
    up.sort(Comparator.comparing(Move::alliance, byCode));
    down.sort(Comparator.comparing(Move::alliance, byCode));
    joined.sort(byCode);
    left.sort(byCode);
  }

  /**
   * The transitions from {@code previous} to {@code current}.
   *
   * @throws IllegalArgumentException unless {@code previous} is of an earlier year
   */
  public static Transitions between(EvaluationResult previous, EvaluationResult current) {
    requireNonNull(previous, "previous");
    requireNonNull(current, "current");
    if (previous.year() >= current.year()) {
      throw new IllegalArgumentException("the previous result (" + previous.year()
          + ") must be of an earlier year than the current one (" + current.year() + ")");
    }
    return new Transitions(previous, current);
  }

  /** The earlier year. */
  public int previousYear() {
    return previousYear;
  }

  /** The later year. */
  public int currentYear() {
    return currentYear;
  }

  /** The alliances that took part in both years. */
  public int inBoth() {
    return inBoth;
  }

  /** Alliances that were {@code from} and are {@code to}. */
  public int count(Tier from, Tier to) {
    int n = 0;
    for (Batch b : Batch.values()) {
      n += count(from, to, b);
    }
    return n;
  }

  /** Alliances of {@code batch} that were {@code from} and are {@code to}. */
  public int count(Tier from, Tier to, Batch batch) {
    return counts[requireNonNull(batch, "batch").ordinal()][requireNonNull(from, "from").ordinal()]
        [requireNonNull(to, "to").ordinal()];
  }

  /** Alliances in a better tier than the year before, ordered by code. */
  public List<Move> movedUp() {
    return List.copyOf(up);
  }

  /** Alliances in a worse tier than the year before, ordered by code. */
  public List<Move> movedDown() {
    return List.copyOf(down);
  }

  /** Alliances that took part this year and not the year before, ordered by code. */
  public List<Alliance> joined() {
    return List.copyOf(joined);
  }

  /** Alliances that took part the year before and not this year, ordered by code. */
  public List<Alliance> left() {
    return List.copyOf(left);
  }
}
