package io.allianceeval.examples.bench;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKind;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.activity.Tally;
import io.allianceeval.activity.TallyResult;
import io.allianceeval.evaluation.Evaluation;
import io.allianceeval.evaluation.EvaluationResult;
import io.allianceeval.examples.db.ActivityDatabase;
import io.allianceeval.examples.io.ActivityLogFile;
import io.allianceeval.examples.io.CsvOutput;
import io.allianceeval.model.Alliance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dynamic information database: a log of 1 000 000 entries turned into records ({@code
 * tally}), 100 000 entries imported into a fresh SQLite file in one transaction ({@code
 * importIntoDatabase}), and the year scored from the database against the same 100 000 entries
 * read from a CSV log ({@code scoreFromDatabase}, {@code scoreFromCsvLog}: read, tally, score).
 *
 * <p>The synthetic log spreads its entries over every possible alliance (1 296), every kind of the
 * standard model and 21 months around 2019, so about a fifth fall outside the period; one entry in
 * fifty repeats an earlier one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class ActivityBenchmark {

  private static final ActivityKinds KINDS = ActivityKinds.standard2019();
  private static final Tally TALLY = Tally.forYear(2019);

  private List<Activity> million;
  private List<Activity> hundredThousand;
  private Path database;
  private Path csv;
  private Path fresh;

  /** A deterministic log of {@code n} entries. */
  static List<Activity> log(int n, long seed) {
    Random random = new Random(seed);
    List<Alliance> alliances = SyntheticData.CODES.stream()
        .map(c -> Alliance.of(c, "联盟 " + c)).toList();
    List<ActivityKind> kinds = KINDS.kinds();
    LocalDate from = LocalDate.of(2018, 10, 1);
    List<Activity> log = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (i > 0 && i % 50 == 0) {
        log.add(log.get(random.nextInt(i)));
        continue;
      }
      Alliance a = alliances.get(random.nextInt(alliances.size()));
      ActivityKind k = kinds.get(random.nextInt(kinds.size()));
      LocalDate d = from.plusDays(random.nextInt(640));
      String title = "活动 " + i;
      // one staff count per alliance and day, as a valid log has
      log.add(k.carriesValue() ? Activity.of(a, k, d, title,
          Math.floorMod(a.code().hashCode() + d.getDayOfYear(), 6))
          : Activity.of(a, k, d, title));
    }
    return log;
  }

  /** The logs, the database and the CSV log of the same 100 000 entries. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    million = log(1_000_000, 2019);
    hundredThousand = log(100_000, 7);
    database = Files.createTempFile("activities", ".db");
    Files.delete(database);
    try (ActivityDatabase db = ActivityDatabase.open(database, true)) {
      db.importAll(List.of(), hundredThousand);
    }
    csv = Files.createTempFile("activities", ".csv");
    List<List<Object>> rows = new ArrayList<>();
    for (Activity a : hundredThousand) {
      rows.add(List.of(a.alliance().code().toString(), a.alliance().name(), a.date().toString(),
          a.kind().name(), a.title(), "", a.value().isPresent() ? a.value().getAsInt() : ""));
    }
    Files.writeString(csv, CsvOutput.write(ActivityLogFile.COLUMNS, rows));
  }

  /** A new, empty database file for each import. */
  @Setup(Level.Invocation)
  public void freshDatabase() throws Exception {
    fresh = Files.createTempFile("import", ".db");
    Files.delete(fresh);
  }

  /** Removes the import's file. */
  @TearDown(Level.Invocation)
  public void dropFresh() throws Exception {
    Files.deleteIfExists(fresh);
  }

  /** Removes the files. */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    Files.deleteIfExists(database);
    Files.deleteIfExists(csv);
  }

  /** 1 000 000 entries into the records of 2019 (period, duplicates, state kinds, eligibility). */
  @Benchmark
  public TallyResult tally() {
    return TALLY.tally(million);
  }

  /** 100 000 entries into a new SQLite file: schema, one transaction, batched inserts. */
  @Benchmark
  @Warmup(iterations = 3, batchSize = 1)
  @Measurement(iterations = 10, batchSize = 1)
  @BenchmarkMode(Mode.SingleShotTime)
  public ActivityDatabase.ImportResult importIntoDatabase() throws Exception {
    try (ActivityDatabase db = ActivityDatabase.open(fresh, true)) {
      return db.importAll(List.of(), hundredThousand);
    }
  }

  /** Scores the year from the database of 100 000 entries: read, tally, score. */
  @Benchmark
  public EvaluationResult scoreFromDatabase() throws Exception {
    try (ActivityDatabase db = ActivityDatabase.open(database, false)) {
      return TALLY.tally(db.activities(KINDS)).evaluate(Evaluation.forYear(2019));
    }
  }

  /** Scores the year from the same 100 000 entries in a CSV log: read, tally, score. */
  @Benchmark
  public EvaluationResult scoreFromCsvLog() throws Exception {
    return ActivityLogFile.read(csv, null, KINDS).tally(TALLY).evaluate(Evaluation.forYear(2019));
  }
}
