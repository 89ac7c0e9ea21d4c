package io.allianceeval.awards;

import static java.util.Objects.requireNonNull;

import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.IndicatorSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs of a condition over the years of a {@link History}: "110 has had full marks six years
 * running" is {@code Streaks.current(history, code("110"), Streaks.fullMarks(system))}.
 *
 * <p>A year in which the alliance did not take part, and a year missing from the history, break a
 * run. The condition is asked only about years the alliance took part in.
 */
public final class Streaks {

  private Streaks() {}

  /** The condition "tier is {@code tier} or better". */
  public static Predicate<Participant> tierAtLeast(Tier tier) {
    requireNonNull(tier, "tier");
    return p -> p.tier().isAtLeast(tier);
  }

  /** The condition "tier is exactly {@code tier}". */
  public static Predicate<Participant> tierIs(Tier tier) {
    requireNonNull(tier, "tier");
    return p -> p.tier() == tier;
  }

  /**
   * The condition "full marks": the total equals {@code system}'s total (100 in the standard
   * model), exactly.
   */
  public static Predicate<Participant> fullMarks(IndicatorSystem system) {
    Points total = requireNonNull(system, "system").total();
    return p -> p.total().isPresent() && p.total().get().equals(total);
  }

  /** The condition "score is at least {@code score}". */
  public static Predicate<Participant> scoreAtLeast(Points score) {
    requireNonNull(score, "score");
    return p -> p.total().isPresent() && p.total().get().compareTo(score) >= 0;
  }

  /** {@link #scoreAtLeast(Points)} with whole points. */
  public static Predicate<Participant> scoreAtLeast(int score) {
    return scoreAtLeast(Points.of(score));
  }

  /** The run that ends with the history's last year (empty if the last year fails). */
  public static Streak current(History history, AllianceCode code, Predicate<Participant> condition) {
    requireNonNull(history, "history");
    return history.years().isEmpty() ? new Streak(List.of())
        : endingIn(history, code, condition, history.years().last());
  }

  /** The run that ends with {@code year} (empty if that year fails or is missing). */
  public static Streak endingIn(History history, AllianceCode code,
      Predicate<Participant> condition, int year) {
    requireNonNull(history, "history");
    requireNonNull(code, "code");
    requireNonNull(condition, "condition");
    List<Integer> years = new ArrayList<>();
    for (int y = year; holds(history, code, condition, y); y--) {
      years.add(0, y);
    }
    return new Streak(years);
  }

  /** The longest run in the history; the latest of equally long runs. */
  public static Streak longest(History history, AllianceCode code, Predicate<Participant> condition) {
    requireNonNull(history, "history");
    requireNonNull(code, "code");
    requireNonNull(condition, "condition");
    Streak best = new Streak(List.of());
    List<Integer> run = new ArrayList<>();
    if (history.years().isEmpty()) {
      return best;
    }
    for (int y = history.years().first(); y <= history.years().last(); y++) {
      if (holds(history, code, condition, y)) {
        run.add(y);
        if (run.size() >= best.length()) {
          best = new Streak(run);
        }
      } else {
        run.clear();
      }
    }
    return best;
  }

  private static boolean holds(History history, AllianceCode code,
      Predicate<Participant> condition, int year) {
    Optional<Participant> p = history.participant(year, code);
    return p.isPresent() && condition.test(p.get());
  }
}
