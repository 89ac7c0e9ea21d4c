package io.allianceeval.examples.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.Alliance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityDatabaseTest {

  @TempDir Path dir;

  static final Alliance SORGHUM = Alliance.of("342", "高粱产业技术创新战略联盟");
  static final ActivityKinds KINDS = ActivityKinds.standard2019();

  static Activity meeting(String date, String title) {
    return Activity.of(SORGHUM, KINDS.kind("council_meetings").orElseThrow(),
        LocalDate.parse(date), title);
  }

  @Test
  void importingTheSameEntriesTwice_addsNothing_andDuplicatesByTheTallysRule() throws Exception {
    try (ActivityDatabase db = ActivityDatabase.open(dir.resolve("a.db"), true)) {
      var first = db.importAll(List.of(), List.of(meeting("2019-04-01", "理事会（一）"),
          meeting("2019-05-01", "理事会"),
          Activity.of(SORGHUM, ActivityKinds.STAFF, LocalDate.of(2019, 3, 1), "人员", 2)));
      assertEquals(new ActivityDatabase.ImportResult(1, 3, 0), first);
      var again = db.importAll(List.of(), List.of(meeting("2019-04-01", " 理事会(一) "),
          meeting("2019-05-01", "理事会").withEvidence("http://x"),
          Activity.of(SORGHUM, ActivityKinds.STAFF, LocalDate.of(2019, 3, 1), "人员", 3)));
      assertEquals(new ActivityDatabase.ImportResult(0, 1, 2), again,
          "NFKC and trimming make a duplicate; a different value does not");
      assertEquals(4, db.size());
      assertEquals(List.of(SORGHUM), db.alliances());
      assertEquals(4, db.activities(KINDS).size());
    }
  }

  @Test
  void aVersion1Database_isMigratedInOrder_andKeepsItsEntries() throws Exception {
    Path file = dir.resolve("v1.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
      for (String sql : ActivityDatabase.MIGRATIONS.get(0)) {
        s.execute(sql);
      }
      s.execute("INSERT INTO schema_version VALUES (1)");
      s.execute("INSERT INTO alliance VALUES ('342', '高粱产业技术创新战略联盟')");
      s.execute("INSERT INTO activity (code, kind, date, title, title_key) VALUES "
          + "('342', 'council_meetings', '2019-04-01', '理事会', '理事会')");
    }
    try (ActivityDatabase db = ActivityDatabase.open(file, false)) {
      assertEquals(ActivityDatabase.SCHEMA_VERSION, db.schemaVersion());
      assertEquals(List.of(meeting("2019-04-01", "理事会")), db.activities(KINDS));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT imported_at FROM activity")) {
      assertTrue(rs.next(), "the column migration 2 adds is there");
    }
  }

  @Test
  void aDatabaseFromANewerSchema_isRefused_unchanged() throws Exception {
    Path file = dir.resolve("new.db");
    ActivityDatabase.open(file, true).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("UPDATE schema_version SET version = 99");
    }
    BadInputException e = assertThrows(BadInputException.class,
        () -> ActivityDatabase.open(file, false));
    assertEquals(List.of(file + ": has schema version 99, newer than this alliance-eval reads ("
        + ActivityDatabase.SCHEMA_VERSION + "); use a newer alliance-eval"),
        e.problems().stream().map(Object::toString).toList());
  }

  @Test
  void aFileThatIsNotSqlite_isRefusedInOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("log.db"), "code,name\n342,高粱\n");
    BadInputException e = assertThrows(BadInputException.class,
        () -> ActivityDatabase.open(file, false));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).toString().startsWith(file + ": is not an SQLite database"),
        e.getMessage());
    assertEquals("code,name\n342,高粱\n", Files.readString(file), "left as it was");
  }

  @Test
  void aMissingFile_isNotCreatedWhereOnlyReadingWasAsked() {
    Path file = dir.resolve("none.db");
    BadInputException e = assertThrows(BadInputException.class,
        () -> ActivityDatabase.open(file, false));
    assertTrue(e.getMessage().contains("no such database file"), e.getMessage());
    assertTrue(Files.notExists(file));
  }

  @Test
  void aFailedImport_leavesNothingBehind() throws Exception {
    try (ActivityDatabase db = ActivityDatabase.open(dir.resolve("a.db"), true)) {
      db.importAll(List.of(), List.of(meeting("2019-04-01", "理事会")));
      Alliance blank = Alliance.of("105", "TD");
      // an alliance the schema's CHECK refuses makes the whole import fail
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("a.db"));
          Statement s = c.createStatement()) {
        s.execute("CREATE TRIGGER refuse BEFORE INSERT ON activity WHEN NEW.title = '坏'"
            + " BEGIN SELECT RAISE(ABORT, 'refused'); END");
      }
      StorageException e = assertThrows(StorageException.class, () -> db.importAll(
          List.of(blank), List.of(meeting("2019-06-01", "好"), meeting("2019-07-01", "坏"))));
      assertTrue(e.getMessage().contains("cannot be written; nothing was imported"),
          e.getMessage());
      assertEquals(1, db.size(), "all or nothing");
      assertEquals(List.of(SORGHUM), db.alliances());
    }
  }
}
