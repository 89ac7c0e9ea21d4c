package io.allianceeval.examples.bench;

import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.diagnostics.Uncertainty;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.Participant;
import io.allianceeval.model.Points;
import io.allianceeval.review.Aggregation;
import io.allianceeval.scoring.Indicator;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The uncertainty and sensitivity analysis of issue 21 at the size of a year: 157 alliances scored
 * from synthetic records, 40 of them also marked by 5 experts each, and all 23 factors switched
 * on — the 20 weights (±20 %), the aggregation of the marks (mean, median, trimmed mean), the
 * rounding (half-up, down), and entry reliability (p = 0.9) — over N base samples: N(23 + 2)
 * runs, the tier probabilities, rank intervals and Sobol indices with 500 bootstrap replicates.
 * It uses every core ({@code parallel} streams on the common pool).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class UncertaintyBenchmark {

  private static final int ALLIANCES = 157;
  private static final int MARKED = 40;
  private static final int EXPERTS = 5;

  @Param({"400", "1000"})
  public int samples;

  private Uncertainty.Builder analysis;

  /** Scores the records and draws the marks once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    EvaluationResult result = Evaluation.forYear(2019).score(
        SyntheticData.records(SyntheticData.facts(ALLIANCES, 2019), 2019).get(0));
    SplittableRandom random = new SplittableRandom(21);
    List<Uncertainty.Marks> marks = new ArrayList<>();
    for (Participant p : result.participants().subList(0, MARKED)) {
      for (int e = 1; e <= EXPERTS; e++) {
        Map<String, Points> points = new LinkedHashMap<>();
        for (Indicator i : result.indicatorSystem().indicators()) {
          points.put(i.id(), Points.ofHundredths(random.nextLong(i.maxPoints().toHundredths()
              + 1)));
        }
        marks.add(new Uncertainty.Marks(p.code(), String.format("E%02d", e), points));
      }
    }
    analysis = Uncertainty.of(result).samples(samples).seed(2019).bootstrap(500, 0.9)
        .weights(0.2)
        .marks(marks, Aggregation.mean())
        .aggregations(List.of(Aggregation.mean(), Aggregation.median(),
            Aggregation.trimmedMean(1)))
        .roundings(List.of(RoundingMode.HALF_UP, RoundingMode.DOWN))
        .entryReliability(0.9, ActivityKinds.standard2019());
    if (analysis.run().factors().size() != 23) {
      throw new IllegalStateException("expected 23 factors");
    }
  }

  /** The whole analysis. */
  @Benchmark
  public Uncertainty analyse() {
    return analysis.run();
  }
}
