package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.diagnostics.Uncertainty;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.examples.db.ReviewTransaction;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.examples.db.YearStore;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.Points;
import io.allianceeval.review.Aggregation;
import io.allianceeval.review.ScoreEntry;
import io.allianceeval.year.Actor;
import io.allianceeval.year.Phase;
import io.allianceeval.year.Refusal;
import io.allianceeval.year.StepRefusedException;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How sure each tier of a year is, for the office: the core's {@link Uncertainty} over the year's
 * approved entries and its experts' submitted indicator sheets.
 *
 * <p>The model: each alliance the panel scored gets its experts' submitted sheets of both rounds
 * taken together, aggregated (nominally by the mean, which is the review's mean of the two rounds'
 * means when both rounds have as many experts): a sheet scored indicator by indicator is
 * reweighted like a scorecard, a total alone is taken as it is. Any other alliance's points come
 * from its approved entries. Uncertain: each indicator's weight ±20 %, the aggregation (mean,
 * median, trimmed mean), the rounding (half-up, down), and each counted entry standing with
 * probability 0.9. The collective review's decisions and the answers to appeals are not varied.
 * {@value #SAMPLES} base samples, seeded with the year, so the same year always gives the same
 * figures.
 *
 * <p>Computed once the second round is closed, when neither entries nor sheets can change, and
 * kept for ten minutes per year and phase.
 */
public final class YearUncertainty {

  /** The base samples of the analysis. */
  public static final int SAMPLES = 400;
  /** The largest change of an indicator's weight. */
  public static final double VARIATION = 0.2;
  /** The probability that a counted entry stands. */
  public static final double RELIABILITY = 0.9;

  private final YearSteps years;
  private final YearStore store;
  private final Cache<String, Uncertainty> cache = Caffeine.newBuilder().maximumSize(8)
      .expireAfterWrite(Duration.ofMinutes(10)).build();

  /** The analyses of the years of {@code years}. */
  public YearUncertainty(YearSteps years) {
    this.years = requireNonNull(years, "years");
    this.store = years.store;
  }

  /**
   * The analysis of {@code year}.
   *
   * @throws StepRefusedException unless the office, once round 2 is closed
   */
  public Uncertainty analyse(Actor by, int year)
      throws StorageException, BadInputException, StepException {
    Accounts.office(by, "see how sure the tiers are");
    StoredYear y = years.year(year);
    if (y.phase().compareTo(Phase.ROUND_2_CLOSED) < 0) {
      throw new StepRefusedException(Refusal.WRONG_PHASE, "see how sure the tiers are before "
          + "round 2 closes");
    }
    String key = year + "/" + y.phase();
    Uncertainty cached = cache.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    YearSteps.YearResult r = years.result(by, year);
    EvaluationResult scored = r.tally().evaluate(YearSteps.evaluation(year, r.model()));
    List<Uncertainty.Marks> marks = store.read(tx -> marks(tx.review(), year, scored));
    Uncertainty.Builder b = Uncertainty.of(scored).samples(SAMPLES).seed(year).bootstrap(1, 0.9)
        .weights(VARIATION).roundings(List.of(RoundingMode.HALF_UP, RoundingMode.DOWN))
        .entryReliability(RELIABILITY, ActivityKinds.forSystem(r.model().system()));
    if (!marks.isEmpty()) {
      b.marks(marks, Aggregation.mean()).aggregations(List.of(Aggregation.mean(),
          Aggregation.median(), Aggregation.trimmedMean(1)));
    }
    Uncertainty u = b.run();
    cache.put(key, u);
    return u;
  }

  /** The submitted indicator sheets of both rounds, one per expert, round and alliance. */
  private static List<Uncertainty.Marks> marks(ReviewTransaction review, int year,
      EvaluationResult scored) throws java.sql.SQLException {
    Map<String, Map<String, Points>> byMark = new LinkedHashMap<>();
    Map<String, ScoreEntry> first = new LinkedHashMap<>();
    for (ScoreEntry e : CollectiveReview.submittedEntries(review, year)) {
      if (scored.participant(e.code()).isEmpty()) {
        continue;
      }
      String key = e.round().number() + "/" + e.expertId() + "/" + e.code();
      first.putIfAbsent(key, e);
      if (e.indicator().isPresent()) {
        byMark.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(e.indicator().get(),
            e.points());
      }
    }
    List<Uncertainty.Marks> out = new ArrayList<>();
    first.forEach((key, e) -> {
      String expert = e.expertId() + "/" + e.round().number();
      Map<String, Points> points = byMark.get(key);
      out.add(points == null ? Uncertainty.Marks.ofTotal(e.code(), expert, e.points())
          : new Uncertainty.Marks(e.code(), expert, points));
    });
    return out;
  }
}
