package io.allianceeval.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.examples.cli.AllianceEvalCommand;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alliance-eval serve} as a process: it starts on an empty database with the office's
 * password from a file, takes entries from many writers at once, is backed up while it runs, and
 * stops gracefully on SIGTERM — every entry it accepted is in the database afterwards.
 */
class ServeProcessTest {

  @TempDir Path dir;

  @Test
  void sigterm_stopsGracefully_andEveryAcceptedEntryIsStored() throws Exception {
    Path db = dir.resolve("year.db");
    Path pw = dir.resolve("admin-password");
    Files.writeString(pw, "office-password-1\n", StandardCharsets.UTF_8);
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), "-cp", System.getProperty("java.class.path"),
        AllianceEvalCommand.class.getName(), "serve", "--db", db.toString(), "--port", "0",
        "--admin-password-file", pw.toString(), "--lang", "en");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8));
    String line = out.readLine();
    Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(String.valueOf(line));
    assertTrue(m.find(), "the server says where it listens: " + line);
    String base = "http://127.0.0.1:" + m.group(1);
    List<String> printed = new ArrayList<>(List.of(line));
    Thread reader = new Thread(() -> {
      try {
        for (String l; (l = out.readLine()) != null; ) {
          printed.add(l);
        }
      } catch (java.io.IOException e) {
        // the process ended
      }
    });
    reader.start();

    ApiClient office = new ApiClient(base);
    assertEquals(200, office.login("office", "office-password-1").status());
    assertEquals(201, office.upload("/api/v1/accounts/roster", "roster", "roster.csv",
        YearFlowContract.ROSTER.getBytes(StandardCharsets.UTF_8), Map.of()).status());
    assertEquals(201, office.post("/api/v1/years", Map.of("year", 2019, "deadline",
        "2100-01-01T00:00:00Z")).status());

    Set<String> accepted = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch started = new CountDownLatch(8);
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      int writer = w;
      Thread t = new Thread(() -> {
        ApiClient c = new ApiClient(base);
        c.login("office", "office-password-1");
        started.countDown();
        String code = List.of("101", "102", "201").get(writer % 3);
        for (int i = 0; !stop.get(); i++) {
          String title = "writer " + writer + " entry " + i;
          try {
            ApiClient.Response r = c.post("/api/v1/years/2019/alliances/" + code + "/entries",
                Map.of("kind", "media_reports", "date", "2019-05-01", "title", title));
            if (r.status() == 201) {
              accepted.add(title);
            }
          } catch (AssertionError e) {
            return; // the connection was refused: the server has gone
          }
        }
      });
      t.start();
      writers.add(t);
    }
    assertTrue(started.await(30, TimeUnit.SECONDS));
    Thread.sleep(1500);
    // a backup while the server runs and the writers write
    Path backup = dir.resolve("backup.db");
    StringWriter err = new StringWriter();
    assertEquals(0, AllianceEvalCommand.execute(new PrintWriter(new StringWriter()),
        new PrintWriter(err), "db", "backup", "--db", db.toString(), "--out",
        backup.toString()), err.toString());
    Thread.sleep(500);
    p.toHandle().destroy(); // SIGTERM (Process.destroy would also close our end of its output)
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the server stopped");
    stop.set(true);
    for (Thread t : writers) {
      t.join(30_000);
    }
    reader.join(10_000);
    assertTrue(printed.stream().anyMatch(l -> l.contains("stopped")), printed.toString());
    assertTrue(accepted.size() > 50, "the writers wrote: " + accepted.size());
    Set<String> stored = titles(db);
    Set<String> lost = new HashSet<>(accepted);
    lost.removeAll(stored);
    assertEquals(Set.of(), lost, "accepted but not stored");
    Set<String> inBackup = titles(backup);
    assertTrue(!inBackup.isEmpty() && stored.containsAll(inBackup), "the backup is a consistent"
        + " earlier state: " + inBackup.size() + " of " + stored.size());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
            "PRAGMA integrity_check")) {
      rs.next();
      assertEquals("ok", rs.getString(1));
    }
  }

  private static Set<String> titles(Path db) throws Exception {
    Set<String> titles = new HashSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT title FROM activity")) {
      while (rs.next()) {
        titles.add(rs.getString(1));
      }
    }
    return titles;
  }
}
