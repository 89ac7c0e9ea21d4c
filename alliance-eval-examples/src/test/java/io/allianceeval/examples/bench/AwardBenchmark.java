package io.allianceeval.examples.bench;

import io.allianceeval.awards.AwardResult;
import io.allianceeval.awards.ConsecutiveYearAward;
import io.allianceeval.awards.History;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.Tier;
import java.util.ArrayList;
import java.util.List;
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
 * The A-level award (HIGH in each of 3 years, with newly awarded and dropped) over A alliances ×
 * 10 years: ⌈A / 1 296⌉ histories of at most 1 296 alliances (see {@link SyntheticData}), each
 * asked for the award of its last year. The baseline does the same over a primitive tier array.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class AwardBenchmark {

  private static final int YEARS = 10;
  private static final int FIRST_YEAR = 2010;

  @Param({"1296", "1000000"})
  public int alliances;

  private List<History> histories;
  /** tiers[year][alliance]: tier ordinal, or -1 for not taking part. */
  private byte[][] tiers;

  /** Builds the histories once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2019);
    tiers = new byte[YEARS][alliances];
    for (int y = 0; y < YEARS; y++) {
      for (int a = 0; a < alliances; a++) {
        int r = random.nextInt(10);
        tiers[y][a] = (byte) (r < 5 ? 0 : r < 9 ? r - 5 : -1); // half HIGH, some absent
      }
    }
    List<Alliance> names = SyntheticData.CODES.stream().map(c -> Alliance.of(c, "联盟 " + c))
        .toList();
    histories = new ArrayList<>();
    int size = names.size();
    for (int from = 0; from < alliances; from += size) {
      int to = Math.min(alliances, from + size);
      List<EvaluationResult> years = new ArrayList<>();
      for (int y = 0; y < YEARS; y++) {
        List<PublishedResult> rows = new ArrayList<>(to - from);
        for (int a = from; a < to; a++) {
          if (tiers[y][a] >= 0) {
            rows.add(PublishedResult.tierOnly(names.get(a - from), Tier.values()[tiers[y][a]]));
          }
        }
        years.add(Evaluation.forYear(FIRST_YEAR + y).fromPublished(rows));
      }
      histories.add(History.of(years));
    }
  }

  /** The library: ConsecutiveYearAward.aLevel().award for every history. */
  @Benchmark
  public long library() {
    long checksum = 0;
    int year = FIRST_YEAR + YEARS - 1;
    for (History h : histories) {
      AwardResult r = ConsecutiveYearAward.aLevel().award(h, year);
      checksum += r.awarded().size() * 31L + r.newlyAwarded().size() * 7L + r.dropped().size();
    }
    return checksum;
  }

  /** The baseline: the same rule over the primitive tier array. */
  @Benchmark
  public long baseline() {
    long awarded = 0;
    long newly = 0;
    long dropped = 0;
    int last = YEARS - 1;
    for (int a = 0; a < alliances; a++) {
      boolean now = tiers[last][a] == 0 && tiers[last - 1][a] == 0 && tiers[last - 2][a] == 0;
      boolean before = tiers[last - 1][a] == 0 && tiers[last - 2][a] == 0
          && tiers[last - 3][a] == 0;
      if (now) {
        awarded++;
        if (!before) {
          newly++;
        }
      } else if (before) {
        dropped++;
      }
    }
    return awarded * 31L + newly * 7L + dropped;
  }
}
