package io.allianceeval.examples.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.allianceeval.examples.app.ActivityLogs;
import io.allianceeval.scoring.IndicatorSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many writers on one new database: processes and threads that import at the same moment all
 * succeed, the schema is made once, and the database holds the union of their entries.
 */
class ConcurrentWritersTest {

  /** Entries each writer adds of its own, and entries every writer shares. */
  private static final int OWN = 300;
  private static final int SHARED = 50;

  @TempDir Path dir;

  /** A log of {@code OWN} entries of writer {@code w} and the {@code SHARED} entries of all. */
  private Path log(int w) throws Exception {
    StringBuilder sb = new StringBuilder("code,name,date,kind,title,evidence,value\n");
    for (int i = 0; i < OWN; i++) {
      sb.append("342,高粱产业技术创新战略联盟,2019-0").append(1 + i % 9).append("-1").append(i % 9)
          .append(",standards,writer ").append(w).append(" standard ").append(i).append(",,\n");
    }
    for (int i = 0; i < SHARED; i++) {
      sb.append("105,TD 产业技术创新战略联盟,2019-05-0").append(1 + i % 9)
          .append(",council_meetings,shared meeting ").append(i).append(",,\n");
    }
    return Files.writeString(dir.resolve("log-" + w + ".csv"), sb);
  }

  private static int entries(Path db) throws Exception {
    try (ActivityDatabase d = ActivityDatabase.open(db, false)) {
      assertEquals(List.of("ok"), d.integrityCheck());
      assertEquals(ActivityDatabase.SCHEMA_VERSION, d.schemaVersion());
      return d.size();
    }
  }

  @ParameterizedTest(name = "{0} processes")
  @ValueSource(ints = {2, 5, 10})
  void importProcessesStartedTogether_allSucceed_andTheDatabaseHoldsTheUnion(int n)
      throws Exception {
    Path db = dir.resolve("year-" + n + ".db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    List<Process> processes = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    for (int w = 0; w < n; w++) {
      Path out = dir.resolve("out-" + n + "-" + w + ".txt");
      outputs.add(out);
      processes.add(new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
          classPath, "io.allianceeval.examples.cli.AllianceEvalCommand", "db", "import", "--db",
          db.toString(), log(w).toString()).redirectErrorStream(true)
          .redirectOutput(out.toFile()).start());
    }
    for (int w = 0; w < n; w++) {
      Process p = processes.get(w);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      assertEquals(0, p.exitValue(), "writer " + w + ": " + Files.readString(outputs.get(w)));
    }
    assertEquals(n * OWN + SHARED, entries(db));
  }

  @Test
  void importThreadsInOneJvm_allSucceed_andTheDatabaseHoldsTheUnion() throws Exception {
    int n = 8;
    Path db = dir.resolve("threads.db");
    List<Path> logs = new ArrayList<>();
    for (int w = 0; w < n; w++) {
      logs.add(log(w));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<ActivityLogs.Imported>> done = new ArrayList<>();
      for (Path log : logs) {
        Callable<ActivityLogs.Imported> task = () -> {
          start.await();
          return ActivityLogs.importLogs(db, List.of(log), Optional.empty(),
              IndicatorSystem.standard2019(), null);
        };
        done.add(pool.submit(task));
      }
      start.countDown();
      int added = 0;
      for (Future<ActivityLogs.Imported> f : done) {
        added += f.get(120, TimeUnit.SECONDS).result().entriesAdded();
      }
      assertEquals(n * OWN + SHARED, added, "every entry added once, by exactly one writer");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(n * OWN + SHARED, entries(db));
  }
}
