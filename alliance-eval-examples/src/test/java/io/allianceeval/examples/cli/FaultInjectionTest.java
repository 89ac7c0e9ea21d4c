package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.examples.db.ActivityDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes stopped at random moments: {@code kill -9} during {@code db import} leaves the database
 * whole with all or none of the input, and a re-import succeeds; a report stopped while it writes
 * {@code --out} leaves the whole file or none, and no temporary file.
 */
class FaultInjectionTest {

  private static final int ENTRIES = 30_000;

  @TempDir Path dir;

  private static ProcessBuilder cli(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "io.allianceeval.examples.cli.AllianceEvalCommand"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
  }

  private static int entries(Path db) throws Exception {
    try (ActivityDatabase d = ActivityDatabase.open(db, true)) {
      assertEquals(List.of("ok"), d.integrityCheck());
      return d.size();
    }
  }

  @Test
  void killMinus9DuringAnImport_twentyTimes_leavesAllOrNone_andAReimportSucceeds()
      throws Exception {
    StringBuilder sb = new StringBuilder(CliFixtures.HEADER);
    for (int i = 0; i < ENTRIES; i++) {
      sb.append(i % 2 == 0 ? "342,高粱产业技术创新战略联盟" : "105,TD 产业技术创新战略联盟")
          .append(",2019-0").append(1 + i % 9).append("-1").append(i % 9)
          .append(",standards,standard ").append(i).append(",,\n");
    }
    Path log = Files.writeString(dir.resolve("log.csv"), sb);
    Path db = dir.resolve("info.db");
    Random random = new Random(2019);
    List<Integer> seen = new ArrayList<>();
    int killed = 0;
    for (int i = 0; i < 20; i++) {
      Process p = cli("db", "import", "--db", db.toString(), log.toString()).start();
      boolean finished = p.waitFor(200 + random.nextInt(2_800), TimeUnit.MILLISECONDS);
      if (!finished) {
        killed++;
        p.destroyForcibly(); // SIGKILL
        p.waitFor(30, TimeUnit.SECONDS);
      }
      if (Files.exists(db)) {
        int n = entries(db);
        seen.add(n);
        assertTrue(n == 0 || n == ENTRIES, "run " + i + ": all or none, found " + n);
      }
    }
    Process again = cli("db", "import", "--db", db.toString(), log.toString()).start();
    assertTrue(again.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, again.exitValue());
    assertEquals(ENTRIES, entries(db));
    assertTrue(killed > 0, "no run was killed: the test would prove nothing");
  }

  @Test
  void aReportStoppedWhileWriting_leavesTheWholeFileOrNone_andNoTemporaryFile()
      throws Exception {
    Random random = new Random(17);
    int stopped = 0;
    for (int i = 0; i < 8; i++) {
      Path folder = Files.createDirectory(dir.resolve("run-" + i));
      Path out = folder.resolve("2019.docx");
      Process p = cli("report", "--format", "docx", "--out", out.toString()).start();
      if (!p.waitFor(300 + random.nextInt(2_700), TimeUnit.MILLISECONDS)) {
        stopped++;
        p.destroy(); // SIGTERM, as Ctrl-C or a service manager stops it
        p.waitFor(30, TimeUnit.SECONDS);
      }
      try (var files = Files.list(folder)) {
        List<Path> left = files.toList();
        assertTrue(left.isEmpty() || left.equals(List.of(out)), "run " + i + ": " + left);
      }
      if (Files.exists(out)) {
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
          assertTrue(doc.getParagraphs().size() > 10, "a whole document");
        }
      }
    }
    assertTrue(stopped > 0, "no run was stopped: the test would prove nothing");
  }
}
