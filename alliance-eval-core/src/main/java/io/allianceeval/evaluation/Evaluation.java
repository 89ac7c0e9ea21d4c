package io.allianceeval.evaluation;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Fact;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.InvalidInputException.Problem;
import io.allianceeval.model.Tier;
import io.allianceeval.model.Years;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.Points;
import io.allianceeval.scoring.PolicyFailureException;
import io.allianceeval.scoring.Scorecard;
import io.allianceeval.scoring.TierScheme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The activity evaluation of one year: an immutable configuration — indicator system, tier scheme,
 * population — and the operations that evaluate an input under it.
 *
 * <pre>{@code
 * EvaluationResult result = Evaluation.forYear(2019).score(records);
 * }</pre>
 *
 * <p>{@link #forYear} starts from the standard 2019 indicator system, the standard tier scheme and
 * the {@linkplain Population#evaluated() evaluated alliances} as population. Each {@code with…}
 * method returns a new configuration; none changes this one, and the order of the calls does not
 * matter. An instance is safe to keep in a {@code static final} field and to use from many threads.
 *
 * <p>Both operations check the whole input first and report every problem at once in an {@link
 * InvalidInputException}: a record or result of another year, a code given twice, an alliance not
 * on the roster, more alliances of a batch than the population counts. The order of the input
 * never changes the result.
 */
public final class Evaluation {

  private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);

  private static final Comparator<Participant> RESULT_ORDER =
      Comparator.comparing(Participant::tier)
          .thenComparing(p -> p.total().isEmpty())
          .thenComparing(p -> -p.total().orElse(0))
          .thenComparing(Participant::code);

  private final int year;
  private final IndicatorSystem indicatorSystem;
  private final TierScheme tierScheme;
  private final Population population;

  private Evaluation(int year, IndicatorSystem system, TierScheme tiers, Population population) {
    this.year = year;
    this.indicatorSystem = system;
    this.tierScheme = tiers;
    this.population = population;
  }

  /**
   * The evaluation of {@code year} with the standard 2019 indicator system, the standard tier
   * scheme, and the evaluated alliances as population.
   *
   * @throws IllegalArgumentException if the year is not from {@link Years#MIN} to {@link Years#MAX}
   */
  public static Evaluation forYear(int year) {
    return new Evaluation(Years.check(year), IndicatorSystem.standard2019(), TierScheme.standard(),
        Population.evaluated());
  }

  /** This configuration scoring with {@code system}. */
  public Evaluation withIndicatorSystem(IndicatorSystem system) {
    return new Evaluation(year, requireNonNull(system, "system"), tierScheme, population);
  }

  /** This configuration tiering with {@code scheme}. */
  public Evaluation withTierScheme(TierScheme scheme) {
    return new Evaluation(year, indicatorSystem, requireNonNull(scheme, "scheme"), population);
  }

  /** This configuration counting against {@code population}. */
  public Evaluation withPopulation(Population population) {
    return new Evaluation(year, indicatorSystem, tierScheme, requireNonNull(population, "population"));
  }

  /** The evaluation year. */
  public int year() {
    return year;
  }

  /** The indicator system records are scored with. */
  public IndicatorSystem indicatorSystem() {
    return indicatorSystem;
  }

  /** The tier scheme totals are tiered with. */
  public TierScheme tierScheme() {
    return tierScheme;
  }

  /** The population results are counted against. */
  public Population population() {
    return population;
  }

  /**
   * Scores the year's activity records.
   *
   * <p>A record that lacks a fact the indicator system requires makes its alliance a
   * non-participant, with the missing facts named; so does a roster alliance without a record.
   * Every other record is scored, tiered and ranked.
   *
   * @throws InvalidInputException listing every record of another year, every code with more than
   *     one record, every alliance not on the roster, every batch with more records than the
   *     population counts
   * @throws PolicyFailureException listing every alliance and indicator whose policy threw or gave
   *     points outside {@code [0, maximum]}
   * @throws IllegalStateException if the indicator system's total exceeds the tier scheme's maximum
   */
  public EvaluationResult score(Collection<ActivityRecord> records) {
    requireNonNull(records, "records");
    if (indicatorSystem.total() > tierScheme.maximum()) {
      throw new IllegalStateException("indicator system '" + indicatorSystem.name() + "' totals "
          + Points.format(indicatorSystem.total()) + " points, but the tier scheme tiers totals "
          + tierScheme.minimum() + " to " + tierScheme.maximum());
    }
    List<ActivityRecord> list = new ArrayList<>(records.size());
    for (ActivityRecord r : records) {
      list.add(requireNonNull(r, "records contains null"));
    }
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      ActivityRecord r = list.get(i);
      if (r.year() != year) {
        problems.add(Problem.at(List.of(i), "year", "alliance " + r.code() + ": record is for "
            + r.year() + ", expected " + year));
      }
    }
    checkAlliances(list, ActivityRecord::alliance, "record", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(year + " activity records are invalid", problems, true);
    }

    List<Participant> participants = new ArrayList<>(list.size());
    List<NonParticipant> nonParticipants = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Throwable firstCause = null;
    for (ActivityRecord r : list) {
      List<Fact> missing = indicatorSystem.missingFacts(r);
      if (!missing.isEmpty()) {
        nonParticipants.add(NonParticipant.missingFacts(r.alliance(), missing));
        continue;
      }
      Scorecard card;
      try {
        card = indicatorSystem.score(r);
      } catch (PolicyFailureException e) {
        failures.addAll(e.problems());
        firstCause = firstCause == null ? e.getCause() : firstCause;
        continue;
      }
      double total = card.total();
      participants.add(new Participant(r.alliance(), OptionalDouble.of(total),
          OptionalInt.of(tierScheme.round(total)), tierScheme.tierOf(total), OptionalInt.empty(),
          Optional.of(card)));
    }
    if (!failures.isEmpty()) {
      throw new PolicyFailureException(failures, firstCause);
    }
    EvaluationResult result = finish(list.stream().map(ActivityRecord::alliance).toList(),
        participants, nonParticipants, Optional.of(indicatorSystem));
    LOG.debug("scored {} records for {}: {}", list.size(), year, result);
    return result;
  }

  /**
   * Turns a published score table into a result: the same kind of result {@link #score} gives,
   * without indicator breakdowns. A row's tier is its printed tier, or, if none is printed, the
   * tier of its score.
   *
   * @throws InvalidInputException listing every row whose score lies outside the tier scheme's
   *     range, whose tier disagrees with its score under the tier scheme, whose code appears more
   *     than once or is not on the roster, and every batch with more rows than the population counts
   */
  public EvaluationResult fromPublished(Collection<PublishedResult> results) {
    requireNonNull(results, "results");
    List<PublishedResult> list = new ArrayList<>(results.size());
    for (PublishedResult r : results) {
      list.add(requireNonNull(r, "results contains null"));
    }
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      PublishedResult r = list.get(i);
      AllianceCode code = r.alliance().code();
      if (r.score().isPresent()) {
        double score = r.score().getAsDouble();
        if (!tierScheme.accepts(score)) {
          problems.add(Problem.at(List.of(i), "score", "alliance " + code + ": score must be from "
              + tierScheme.minimum() + " to " + tierScheme.maximum() + ": " + Points.format(score)));
        } else if (r.tier().isPresent() && r.tier().get() != tierScheme.tierOf(score)) {
          Tier byScore = tierScheme.tierOf(score);
          problems.add(Problem.at(List.of(i), "tier", "alliance " + code + ": tier "
              + r.tier().get() + " disagrees with score " + Points.format(score) + ", which is "
              + tierScheme.band(byScore).get()));
        }
      } else if (!tierScheme.tiers().contains(r.tier().get())) {
        problems.add(Problem.at(List.of(i), "tier", "alliance " + code + ": tier "
            + r.tier().get() + " is not used by " + tierScheme));
      }
    }
    checkAlliances(list, PublishedResult::alliance, "result", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(year + " published results are invalid", problems, true);
    }
    List<Participant> participants = new ArrayList<>(list.size());
    for (PublishedResult r : list) {
      OptionalDouble score = r.score();
      Tier tier = score.isPresent() ? tierScheme.tierOf(score.getAsDouble()) : r.tier().get();
      participants.add(new Participant(r.alliance(), score,
          score.isPresent() ? OptionalInt.of(tierScheme.round(score.getAsDouble()))
              : OptionalInt.empty(),
          tier, OptionalInt.empty(), Optional.empty()));
    }
    EvaluationResult result = finish(list.stream().map(PublishedResult::alliance).toList(),
        participants, new ArrayList<>(), Optional.empty());
    LOG.debug("read {} published results for {}: {}", list.size(), year, result);
    return result;
  }

  /** Duplicates, roster membership and population counts, shared by both inputs. */
  private <T> void checkAlliances(
      List<T> list, java.util.function.Function<T, Alliance> alliance, String what,
      List<Problem> problems) {
    Map<AllianceCode, List<Integer>> positions = new TreeMap<>();
    for (int i = 0; i < list.size(); i++) {
      positions.computeIfAbsent(alliance.apply(list.get(i)).code(), c -> new ArrayList<>()).add(i);
    }
    positions.forEach((code, at) -> {
      if (at.size() > 1) {
        problems.add(Problem.at(at, "code", "alliance " + code + ": " + at.size() + " " + what
            + "s, expected one"));
      }
    });
    if (population.roster().isPresent()) {
      positions.forEach((code, at) -> {
        if (!population.contains(code)) {
          problems.add(Problem.at(at, "code", "alliance " + code + ": not on the roster"));
        }
      });
    } else if (!population.isEvaluated()) {
      Map<Batch, Integer> counts = new EnumMap<>(Batch.class);
      positions.keySet().forEach(c -> counts.merge(c.batch(), 1, Integer::sum));
      counts.forEach((batch, n) -> {
        if (n > population.count(batch)) {
          problems.add(Problem.of(batch + " batch: " + n + " alliances have a " + what
              + ", but the population counts only " + population.count(batch)));
        }
      });
    }
  }

  private EvaluationResult finish(
      List<Alliance> inputAlliances,
      List<Participant> participants,
      List<NonParticipant> nonParticipants,
      Optional<IndicatorSystem> system) {
    participants.sort(RESULT_ORDER);
    List<Participant> ranked = new ArrayList<>(participants.size());
    int scored = 0;
    double previous = Double.NaN;
    int rank = 0;
    for (Participant p : participants) {
      if (p.total().isEmpty()) {
        ranked.add(p);
        continue;
      }
      scored++;
      double t = p.total().getAsDouble();
      if (Double.compare(t, previous) != 0) {
        rank = scored;
        previous = t;
      }
      ranked.add(p.withRank(OptionalInt.of(rank)));
    }
    Population resolved = population;
    if (population.isEvaluated()) {
      resolved = Population.ofRoster(inputAlliances);
    } else if (population.roster().isPresent()) {
      java.util.Set<AllianceCode> seen = new java.util.HashSet<>();
      inputAlliances.forEach(a -> seen.add(a.code()));
      for (Alliance a : population.roster().get()) {
        if (!seen.contains(a.code())) {
          nonParticipants.add(NonParticipant.noRecord(a));
        }
      }
    }
    nonParticipants.sort(Comparator.comparing(NonParticipant::code));
    return new EvaluationResult(year, resolved, tierScheme, system, ranked, nonParticipants);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evaluation
        && ((Evaluation) o).year == year
        && ((Evaluation) o).indicatorSystem.equals(indicatorSystem)
        && ((Evaluation) o).tierScheme.equals(tierScheme)
        && ((Evaluation) o).population.equals(population);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, indicatorSystem, tierScheme, population);
  }

  /** {@code Evaluation{2019, IndicatorSystem{standard 2019, …}, TierScheme{…}, Population{…}}}. */
  @Override
  public String toString() {
    return "Evaluation{" + year + ", " + indicatorSystem + ", " + tierScheme + ", " + population
        + "}";
  }
}
