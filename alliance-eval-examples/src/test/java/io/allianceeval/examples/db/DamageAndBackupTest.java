package io.allianceeval.examples.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.examples.app.ActivityLogs;
import io.allianceeval.scoring.IndicatorSystem;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged database is refused by every command that reads or writes it, in one line that says
 * to restore a backup; {@code db check} says what is wrong; {@code db backup} makes a consistent
 * copy while another writer imports.
 */
class DamageAndBackupTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = io.allianceeval.examples.cli.AllianceEvalCommand.execute(new PrintWriter(out),
        new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path log(String name, int entries, String titlePrefix) throws Exception {
    StringBuilder sb = new StringBuilder("code,name,date,kind,title,evidence,value\n");
    for (int i = 0; i < entries; i++) {
      sb.append(i % 2 == 0 ? "342,高粱产业技术创新战略联盟" : "105,TD 产业技术创新战略联盟")
          .append(",2019-0").append(1 + i % 9).append("-1").append(i % 9)
          .append(",standards,").append(titlePrefix).append(' ').append(i).append(",,\n");
    }
    return Files.writeString(dir.resolve(name), sb);
  }

  /** A database of 2 000 entries with one of its pages overwritten. */
  private Path damaged() throws Exception {
    Path db = dir.resolve("damaged.db");
    assertEquals(0, cli("db", "import", "--db", db.toString(),
        log("log.csv", 2000, "standard").toString()).code());
    long size = Files.size(db);
    assertTrue(size > 5 * 4096, "several pages: " + size);
    try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
      f.seek(3 * 4096);
      byte[] junk = new byte[4096];
      for (int i = 0; i < junk.length; i++) {
        junk[i] = (byte) (i * 31 + 7);
      }
      f.write(junk);
    }
    return db;
  }

  @Test
  void aDamagedDatabase_isRefusedByScoreImportExportAndBackup_inOneLine_exit1() throws Exception {
    Path db = damaged();
    Path more = log("more.csv", 3, "more");
    Path out = dir.resolve("export.csv");
    for (String[] args : List.of(
        new String[] {"score", "--db", db.toString(), "--lang", "en"},
        new String[] {"db", "import", "--db", db.toString(), more.toString(), "--lang", "en"},
        new String[] {"db", "export", "--db", db.toString(), "--out", out.toString(), "--lang",
            "en"},
        new String[] {"db", "backup", "--db", db.toString(), "--out",
            dir.resolve("copy.db").toString(), "--lang", "en"})) {
      Run r = cli(args);
      assertEquals(1, r.code(), String.join(" ", args) + ": " + r.err());
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().startsWith("alliance-eval: " + db + " is damaged ("), r.err());
      assertTrue(r.err().contains("restore it from a backup"), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
      assertEquals("", r.out(), "nothing scored or written from it");
    }
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(dir.resolve("copy.db")));
    Run zh = cli("score", "--db", db.toString());
    assertTrue(zh.err().startsWith("alliance-eval: 数据库 " + db + " 已损坏（"), zh.err());
    assertTrue(zh.err().contains("请用备份恢复"), zh.err());
  }

  @Test
  void dbCheck_saysWhatIsWrong_exit1_andOkForAWholeDatabase() throws Exception {
    Run bad = cli("db", "check", "--db", damaged().toString(), "--lang", "en");
    assertEquals(1, bad.code(), bad.err());
    assertTrue(bad.out().contains("is damaged: "), bad.out());
    assertTrue(bad.out().contains("Restore it from a backup"), bad.out());

    Path good = dir.resolve("good.db");
    cli("db", "import", "--db", good.toString(), log("g.csv", 10, "g").toString());
    Run ok = cli("db", "check", "--db", good.toString(), "--lang", "en");
    assertEquals(0, ok.code(), ok.err());
    assertEquals(good + " is whole (SQLite integrity check: ok); it holds 10 entries.\n",
        ok.out());
  }

  @Test
  void aBackupWhileAnotherWriterImports_isConsistent_andRestoresByCopyingBack() throws Exception {
    Path db = dir.resolve("live.db");
    assertEquals(0, cli("db", "import", "--db", db.toString(),
        log("first.csv", 500, "first").toString()).code());
    AtomicBoolean stop = new AtomicBoolean();
    Thread writer = new Thread(() -> {
      for (int i = 0; !stop.get() && i < 20; i++) {
        try {
          ActivityLogs.importLogs(db, List.of(log("w" + i + ".csv", 200, "w" + i)),
              Optional.empty(), IndicatorSystem.standard2019(), null);
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }
    });
    writer.start();
    Path copy = dir.resolve("backup.db");
    Run r = cli("db", "backup", "--db", db.toString(), "--out", copy.toString(), "--lang", "en");
    stop.set(true);
    writer.join();
    assertEquals(0, r.code(), r.err());
    int inCopy;
    try (ActivityDatabase c = ActivityDatabase.open(copy, false)) {
      assertEquals(List.of("ok"), c.integrityCheck());
      inCopy = c.size();
    }
    assertEquals(0, (inCopy - 500) % 200, "whole imports only: " + inCopy);
    assertTrue(r.out().contains(inCopy + " entries"), r.out());
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".backup")),
          "no temporary file left");
    }
    // restoring is copying the file back
    Files.copy(copy, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(Path.of(db + "-wal"));
    Files.deleteIfExists(Path.of(db + "-shm"));
    try (ActivityDatabase restored = ActivityDatabase.open(db, false)) {
      assertEquals(inCopy, restored.size());
    }
  }
}
