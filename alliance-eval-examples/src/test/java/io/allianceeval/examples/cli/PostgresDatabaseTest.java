package io.allianceeval.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.examples.db.ActivityDatabase;
import io.allianceeval.examples.testing.PostgresCluster;
import io.allianceeval.model.Alliance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The activity database on a real PostgreSQL server ({@code --jdbc-url jdbc:postgresql://…}): the
 * migrations create the same schema, an import adds each entry once, and scoring the PostgreSQL
 * database gives exactly what scoring the SQLite file gives. The server is a throwaway cluster
 * ({@link io.allianceeval.examples.testing.PostgresServer}).
 */
class PostgresDatabaseTest {

  @RegisterExtension
  static final PostgresCluster POSTGRES = new PostgresCluster();

  @TempDir Path dir;

  private Path sqliteWithTheLog() throws Exception {
    Path log = dir.resolve("log.csv");
    Files.writeString(log, CliFixtures.LOG, StandardCharsets.UTF_8);
    Path db = dir.resolve("activities.db");
    CliRun run = CliRun.of("db", "import", "--db", db.toString(), log.toString());
    assertEquals(0, run.exitCode(), run.err());
    return db;
  }

  private static JsonObject scoreJson(String... source) {
    List<String> args = new ArrayList<>(List.of("score", "--year", "2019", "--format", "json"));
    args.addAll(List.of(source));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return JsonParser.parseString(run.out()).getAsJsonObject();
  }

  @Test
  void scoringPostgres_equalsScoringTheSqliteFile_andImportingAgainAddsNothing() throws Exception {
    Path sqlite = sqliteWithTheLog();
    List<Alliance> alliances;
    List<Activity> entries;
    try (ActivityDatabase db = ActivityDatabase.open(sqlite, false)) {
      alliances = db.alliances();
      entries = db.activities(ActivityKinds.standard2019());
    }
    String url = POSTGRES.newDatabase();
    try (ActivityDatabase pg = ActivityDatabase.connect(url)) {
      assertEquals(ActivityDatabase.SCHEMA_VERSION, pg.schemaVersion());
      ActivityDatabase.ImportResult first = pg.importAll(alliances, entries);
      assertEquals(entries.size(), first.entriesAdded());
      assertEquals(alliances.size(), first.alliancesAdded());
      ActivityDatabase.ImportResult again = pg.importAll(alliances, entries);
      assertEquals(0, again.entriesAdded());
      assertEquals(entries.size(), again.entriesAlreadyPresent());
      assertEquals(entries.size(), pg.size());
      assertEquals(alliances, pg.alliances());
      assertEquals(entries, pg.activities(ActivityKinds.standard2019()));
    }
    assertEquals(scoreJson("--db", sqlite.toString()), scoreJson("--jdbc-url", url));
  }

  @Test
  void theSchemasChecks_holdOnPostgres_too() throws Exception {
    String url = POSTGRES.newDatabase();
    ActivityDatabase.connect(url).close();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("INSERT INTO alliance (code, name) VALUES ('342', '高粱产业技术创新战略联盟')");
      for (String bad : List.of(
          "INSERT INTO alliance (code, name) VALUES ('42', 'x')",
          "INSERT INTO alliance (code, name) VALUES ('E101', 'x')",
          "INSERT INTO alliance (code, name) VALUES ('343', '  ')",
          "INSERT INTO activity (code, kind, date, title, title_key) VALUES"
              + " ('999', 'standards', '2019-01-01', 't', 't')",
          "INSERT INTO activity (code, kind, date, title, title_key) VALUES"
              + " ('342', 'standards', '2019-1-01', 't', 't')",
          "INSERT INTO activity (code, kind, date, title, title_key, value) VALUES"
              + " ('342', 'secretariat_full_time_staff', '2019-01-01', 't', 't', -1)")) {
        try {
          s.execute(bad);
          throw new AssertionError("accepted: " + bad);
        } catch (SQLException expected) {
          assertTrue(expected.getSQLState().startsWith("23"), bad + ": " + expected.getMessage());
        }
      }
    }
  }

  @Test
  void processesMigratingANewDatabaseAtOnce_createTheSchemaOnce() throws Exception {
    String url = POSTGRES.newDatabase();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<Integer>> opens = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        opens.add(() -> {
          try (ActivityDatabase db = ActivityDatabase.connect(url)) {
            return db.schemaVersion();
          }
        });
      }
      for (Future<Integer> f : pool.invokeAll(opens)) {
        assertEquals(ActivityDatabase.SCHEMA_VERSION, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT count(*) FROM schema_version")) {
      rs.next();
      assertEquals(1, rs.getInt(1), "one version row");
    }
  }
}
