package io.allianceeval.examples.bench;

import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.model.ActivityRecord;
import io.allianceeval.model.Batch;
import io.allianceeval.model.Tier;
import io.allianceeval.statistics.Distribution;
import java.util.List;
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
 * Scoring N synthetic records with the standard model — score, tier, rank, distribution — by the
 * library and by the primitive baseline, in the same run. N records are ⌈N / 1 296⌉ evaluations
 * (see {@link SyntheticData}); {@code records = 1296} is one evaluation of every possible alliance.
 * Divide the time per operation by N for the time per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class ScoringBenchmark {

  @Param({"1296", "10000", "100000", "1000000"})
  public int records;

  private static final Evaluation EVALUATION = Evaluation.forYear(2019);

  private List<List<ActivityRecord>> chunks;
  private int[][] facts;
  private int[] batch;
  private int[][] counts;
  private long[] keys;
  private int[] ranks;

  /** Builds the records once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    facts = SyntheticData.facts(records, 2019);
    chunks = SyntheticData.records(facts, 2019);
    batch = new int[records];
    for (int i = 0; i < records; i++) {
      batch[i] = SyntheticData.CODES.get(i % SyntheticData.CODES.size()).batch().ordinal();
    }
    counts = new int[Tier.values().length][Batch.values().length];
    keys = new long[SyntheticData.CODES.size()];
    ranks = new int[SyntheticData.CODES.size()];
  }

  /** The library: Evaluation.score and Distribution.of for every evaluation. */
  @Benchmark
  public long library() {
    long checksum = 0;
    for (List<ActivityRecord> chunk : chunks) {
      EvaluationResult result = EVALUATION.score(chunk);
      Distribution d = Distribution.of(result);
      checksum += d.count(Tier.HIGH, io.allianceeval.model.Batch.FIRST) * 31L + result.participants().get(0).rank().getAsInt();
    }
    return checksum;
  }

  /** The baseline: the same arithmetic over primitive arrays. */
  @Benchmark
  public long baseline() {
    long checksum = 0;
    int size = SyntheticData.CODES.size();
    for (int from = 0; from < records; from += size) {
      checksum += Baseline.evaluate(facts, batch, from, Math.min(records, from + size), counts,
          keys, ranks);
    }
    return checksum;
  }
}
