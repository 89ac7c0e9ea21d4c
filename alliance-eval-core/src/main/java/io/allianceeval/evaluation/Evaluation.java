package io.allianceeval.evaluation;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Batch;
import io.allianceeval.model.InvalidInputException.Problem;
import io.allianceeval.model.InvalidInputException;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.scoring.IndicatorSystem;
import io.allianceeval.scoring.PolicyFailureException;
import io.allianceeval.scoring.Scorecard;
import io.allianceeval.scoring.TierScheme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
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
 *
 * <p>Equal when year, indicator system, tier scheme and population are equal. {@link #forYear} is
 * the only way in: a configuration object, not a value type, so it has no public constructor.
 */
public final class Evaluation {

  private static final Logger LOG = LoggerFactory.getLogger(Evaluation.class);

  private final int year;
  private final IndicatorSystem indicatorSystem;
  private final TierScheme tierScheme;
  private final Population population;

  private Evaluation(int year, IndicatorSystem indicatorSystem, TierScheme tierScheme,
      Population population) {
    this.year = year;
    this.indicatorSystem = indicatorSystem;
    this.tierScheme = tierScheme;
    this.population = population;
  }

  /** The evaluation year, from 2000 to 2100. */
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
   * The evaluation of {@code year} with the standard 2019 indicator system ({@link
   * IndicatorSystem#standard2019()}), the standard tier scheme, and the evaluated alliances as
   * population.
   *
   * <p><b>Every year gets the standard 2019 model</b>, whatever {@code year} is: it is the only
   * model the library ships, because the report publishes no other year's points. To score a year
   * with its own indicator system, pass it to {@link #withIndicatorSystem}. The model used is named
   * by {@link EvaluationResult#indicatorSystem()} and printed by every report.
   *
   * @throws IllegalArgumentException if the year is not from 2000 to 2100
   */
  public static Evaluation forYear(int year) {
    if (year < 2000 || year > 2100) { // the range ActivityRecord accepts
      throw new IllegalArgumentException("year must be from 2000 to 2100: " + year);
    }
    return new Evaluation(year, IndicatorSystem.standard2019(), TierScheme.standard(),
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

  /**
   * Scores the year's activity records.
   *
   * <p>A record that lacks a fact the indicator system requires makes its alliance a
   * non-participant, with the missing facts named; so does a roster alliance without a record.
   * Every other record is scored, tiered and ranked.
   *
   * @throws InvalidInputException listing every record of another year, every code with more than
   *     one record, every alliance not on the roster, every batch with more records than the
   *     population counts; or, once the records are scored, every alliance whose total lies
   *     outside the tier scheme's range
   * @throws PolicyFailureException listing every alliance and indicator whose policy threw or gave
   *     points outside {@code [0, maximum]}
   * @throws IllegalStateException if the indicator system's total exceeds the tier scheme's maximum
   */
  public EvaluationResult score(Collection<ActivityRecord> records) {
    return score(records, List.of());
  }

  /**
   * Scores the year's activity records, as {@link #score(Collection)} does, with the alliances an
   * eligibility rule refused (an {@link io.allianceeval.activity.Tally} gives both): they are
   * non-participants with their own reason, and count as alliances of the year like the others.
   *
   * @param ineligible non-participants whose reason is {@link NonParticipant.Reason#INELIGIBLE}
   * @throws InvalidInputException as {@link #score(Collection)} does, where an alliance that is
   *     both ineligible and has a record counts as a duplicate; problem positions from {@code
   *     records.size()} on are those of {@code ineligible}
   * @throws IllegalArgumentException if a non-participant of {@code ineligible} has another reason
   */
  public EvaluationResult score(Collection<ActivityRecord> records,
      Collection<NonParticipant> ineligible) {
    requireNonNull(records, "records");
    requireNonNull(ineligible, "ineligible");
    for (NonParticipant np : ineligible) {
      if (requireNonNull(np, "ineligible contains null").reason()
          != NonParticipant.Reason.INELIGIBLE) {
        throw new IllegalArgumentException("alliance " + np.code() + ": expected reason "
            + "INELIGIBLE, found " + np.reason());
      }
    }
    if (indicatorSystem.total().compareTo(Points.of(tierScheme.maximum())) > 0) {
      throw new IllegalStateException("indicator system '" + indicatorSystem.name() + "' totals "
          + indicatorSystem.total() + " points, but the tier scheme tiers totals "
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
    List<Alliance> alliances = new ArrayList<>(list.size() + ineligible.size());
    list.forEach(r -> alliances.add(r.alliance()));
    ineligible.forEach(np -> alliances.add(np.alliance()));
    checkAlliances(alliances, Function.identity(), "record", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(year + " activity records are invalid", problems);
    }

    Ranking participants = new Ranking(list.size());
    List<NonParticipant> nonParticipants = new ArrayList<>(ineligible);
    List<String> failures = new ArrayList<>();
    Throwable firstCause = null;
    for (int i = 0; i < list.size(); i++) {
      ActivityRecord r = list.get(i);
      if (!indicatorSystem.isComplete(r)) {
        nonParticipants.add(NonParticipant.missingFacts(r.alliance(),
            indicatorSystem.missingFacts(r)));
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
      Points total = card.total();
      if (!tierScheme.accepts(total)) {
        problems.add(Problem.at(List.of(i), "total", "alliance " + r.code() + ": total "
            + total + " lies outside the tier scheme's range " + tierScheme.minimum()
            + " to " + tierScheme.maximum()));
        continue;
      }
      int rounded = tierScheme.round(total);
      participants.add(r.alliance(), total.toHundredths(), rounded,
          tierScheme.tierOfWhole(rounded), card);
    }
    if (!failures.isEmpty()) {
      throw new PolicyFailureException(failures, firstCause);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(year + " totals cannot be tiered", problems);
    }
    EvaluationResult result = finish(alliances, participants, nonParticipants, true);
    LOG.debug("scored {} records for {}: {}", list.size(), year, result);
    return result;
  }

  /**
   * Turns a published score table into a result: the same kind of result {@link #score} gives,
   * without indicator breakdowns; its {@linkplain EvaluationResult#indicatorSystem() indicator
   * system} is this configuration's, the model the scores are taken to be on. A row's tier is its printed tier, or, if none is printed, the
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
        Points score = r.score().get();
        if (!tierScheme.accepts(score)) {
          problems.add(Problem.at(List.of(i), "score", "alliance " + code + ": score must be "
              + "from " + tierScheme.minimum() + " to " + tierScheme.maximum() + ": " + score));
        } else if (r.tier().isPresent() && r.tier().get() != tierScheme.tierOf(score)) {
          Tier byScore = tierScheme.tierOf(score);
          problems.add(Problem.at(List.of(i), "tier", "alliance " + code + ": tier "
              + r.tier().get() + " disagrees with score " + score + ", which is "
              + tierScheme.band(byScore).get()));
        }
      } else if (!tierScheme.tiers().contains(r.tier().get())) {
        problems.add(Problem.at(List.of(i), "tier", "alliance " + code + ": tier "
            + r.tier().get() + " is not used by " + tierScheme));
      }
    }
    checkAlliances(list, PublishedResult::alliance, "result", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(year + " published results are invalid", problems);
    }
    Ranking participants = new Ranking(list.size());
    for (PublishedResult r : list) {
      Optional<Points> score = r.score();
      if (score.isPresent()) {
        int rounded = tierScheme.round(score.get());
        participants.add(r.alliance(), score.get().toHundredths(), rounded,
            tierScheme.tierOfWhole(rounded), null);
      } else {
        participants.add(r.alliance(), Ranking.TIER_ONLY, 0, r.tier().get(), null);
      }
    }
    EvaluationResult result = finish(list.stream().map(PublishedResult::alliance).toList(),
        participants, new ArrayList<>(), false);
    LOG.debug("read {} published results for {}: {}", list.size(), year, result);
    return result;
  }

  /** Duplicates, roster membership and population counts, shared by both inputs. */
  private <T> void checkAlliances(
      List<T> list, Function<T, Alliance> alliance, String what,
      List<Problem> problems) {
    boolean[] seen = new boolean[Ranking.CODES];
    Map<AllianceCode, List<Integer>> duplicates = new TreeMap<>();
    int[] perBatch = new int[Batch.values().length];
    List<AllianceCode> offRoster = new ArrayList<>(0);
    Map<AllianceCode, List<Integer>> offRosterAt = new TreeMap<>();
    for (int i = 0; i < list.size(); i++) {
      AllianceCode code = alliance.apply(list.get(i)).code();
      int order = Ranking.codeOrder(code);
      if (seen[order]) {
        duplicates.put(code, new ArrayList<>()); // positions collected below, a rare path
        continue;
      }
      seen[order] = true;
      perBatch[code.batch().ordinal()]++;
      if (population.hasRoster() && !population.contains(code)) {
        offRoster.add(code);
      }
    }
    if (!duplicates.isEmpty()) {
      for (int i = 0; i < list.size(); i++) {
        List<Integer> at = duplicates.get(alliance.apply(list.get(i)).code());
        if (at != null) {
          at.add(i);
        }
      }
    }
    duplicates.forEach((code, at) -> problems.add(Problem.at(at, "code", "alliance " + code + ": "
        + at.size() + " " + what + "s, expected one")));
    for (AllianceCode code : offRoster) {
      offRosterAt.put(code, new ArrayList<>());
    }
    if (!offRoster.isEmpty()) {
      for (int i = 0; i < list.size(); i++) {
        List<Integer> at = offRosterAt.get(alliance.apply(list.get(i)).code());
        if (at != null) {
          at.add(i);
        }
      }
      offRosterAt.forEach((code, at) -> problems.add(Problem.at(at, "code", "alliance " + code
          + ": not on the roster")));
    }
    if (!population.hasRoster() && !population.isEvaluated()) {
      for (Batch batch : Batch.values()) {
        int n = perBatch[batch.ordinal()];
        if (n > population.count(batch)) {
          problems.add(Problem.of(batch + " batch: " + n + " alliances have a " + what
              + ", but the population counts only " + population.count(batch)));
        }
      }
    }
  }

  private EvaluationResult finish(
      List<Alliance> inputAlliances,
      Ranking rows,
      List<NonParticipant> nonParticipants,
      boolean scoredFromRecords) {
    List<Participant> ranked = rows.ranked();
    Population resolved = population;
    if (population.isEvaluated()) {
      resolved = Population.ofRoster(inputAlliances);
    } else if (population.hasRoster()) {
      boolean[] seen = new boolean[Ranking.CODES];
      inputAlliances.forEach(a -> seen[Ranking.codeOrder(a.code())] = true);
      for (Alliance a : population.roster().get()) {
        if (!seen[Ranking.codeOrder(a.code())]) {
          nonParticipants.add(NonParticipant.noRecord(a));
        }
      }
    }
    nonParticipants.sort(Comparator.comparing(NonParticipant::code));
    return new EvaluationResult(year, resolved, tierScheme, indicatorSystem, scoredFromRecords,
        ranked, nonParticipants);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evaluation e && e.year == year
        && e.indicatorSystem.equals(indicatorSystem) && e.tierScheme.equals(tierScheme)
        && e.population.equals(population);
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
