package io.allianceeval.examples.db;

import static java.util.Objects.requireNonNull;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKind;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The dynamic information database as one SQLite file (or any database a JDBC URL names): the
 * alliances and their activity entries. The schema is versioned: {@code schema_version} holds the
 * version, and {@link #open} applies the {@linkplain #MIGRATIONS migrations} the file lacks, in
 * order, each in its own transaction. A file from a newer schema is refused rather than guessed
 * at. Entries are unique by alliance, kind, date, {@linkplain Activity#normalizedTitle()
 * normalised title} and value — the tally's duplicate rule — so importing the same entries twice
 * adds nothing.
 *
 * <p>Not thread-safe: one connection, used by one command.
 */
public final class ActivityDatabase implements AutoCloseable {

  /**
   * The schema, one migration per version: version N is reached by running the statements of
   * {@code MIGRATIONS.get(N - 1)}. Never edit a published migration; add the next one.
   */
  static final List<List<String>> MIGRATIONS = List.of(
      // 1: alliances and their entries
      List.of(
          "CREATE TABLE alliance ("
              + " code TEXT PRIMARY KEY"
              + "   CHECK (code GLOB '[123][0-9][0-9]' OR code GLOB 'D[0-9][0-9][0-9]'),"
              + " name TEXT NOT NULL CHECK (length(trim(name)) > 0))",
          "CREATE TABLE activity ("
              + " id INTEGER PRIMARY KEY,"
              + " code TEXT NOT NULL REFERENCES alliance (code),"
              + " kind TEXT NOT NULL,"
              + " date TEXT NOT NULL"
              + "   CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
              + " title TEXT NOT NULL,"
              + " title_key TEXT NOT NULL,"
              + " evidence TEXT,"
              + " value INTEGER CHECK (value IS NULL OR value >= 0))",
          "CREATE UNIQUE INDEX activity_identity"
              + " ON activity (code, kind, date, title_key, ifnull(value, -1))"),
      // 2: when each entry was imported, for audits of what an alliance reported
      List.of(
          "ALTER TABLE activity ADD COLUMN imported_at TEXT",
          "CREATE INDEX activity_by_date ON activity (date)"));

  /** The schema version this build writes and reads. */
  public static final int SCHEMA_VERSION = MIGRATIONS.size();

  /** What an import did. */
  public record ImportResult(int alliancesAdded, int entriesAdded, int entriesAlreadyPresent) {}

  private final String name;
  private final Connection connection;

  private ActivityDatabase(String name, Connection connection) {
    this.name = name;
    this.connection = connection;
  }

  /**
   * Opens the SQLite file {@code file}, creating it if {@code create} and it does not exist, and
   * brings its schema up to date.
   *
   * @throws BadInputException in one line naming the file: it does not exist (and {@code create}
   *     is false), it is not an SQLite database, or its schema is newer than this build's
   */
  public static ActivityDatabase open(Path file, boolean create) throws BadInputException {
    requireNonNull(file, "file");
    String name = file.toString();
    if (!create && !Files.exists(file)) {
      throw new BadInputException(InputProblem.inFile(name, "no such database file; create one "
          + "with 'alliance-eval db import --db " + name + " LOG...'"));
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(InputProblem.inFile(name, "is a folder, expected a database "
          + "file"));
    }
    return connect(name, "jdbc:sqlite:" + file.toAbsolutePath());
  }

  /**
   * Opens the database a JDBC URL names (its driver on the class path) and brings its schema up to
   * date, as {@link #open} does for a file.
   */
  public static ActivityDatabase connect(String jdbcUrl) throws BadInputException {
    return connect(requireNonNull(jdbcUrl, "jdbcUrl"), jdbcUrl);
  }

  private static ActivityDatabase connect(String name, String url) throws BadInputException {
    Connection c;
    try {
      c = DriverManager.getConnection(url);
    } catch (SQLException e) {
      throw new BadInputException(InputProblem.inFile(name, "cannot be opened: "
          + oneLine(e)));
    }
    ActivityDatabase db = new ActivityDatabase(name, c);
    try {
      db.migrate();
      return db;
    } catch (BadInputException e) {
      db.close();
      throw e;
    } catch (SQLException e) {
      db.close();
      String msg = oneLine(e);
      throw new BadInputException(InputProblem.inFile(name, msg.contains("NOTADB")
          || msg.contains("not a database") ? "is not an SQLite database (" + msg + ")"
          : "cannot be read as the activity database: " + msg));
    }
  }

  private void migrate() throws SQLException, BadInputException {
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA foreign_keys = ON");
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      int version;
      try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
        version = rs.next() ? rs.getInt(1) : 0;
      }
      if (version > SCHEMA_VERSION) {
        throw new BadInputException(InputProblem.inFile(name, "has schema version " + version
            + ", newer than this alliance-eval reads (" + SCHEMA_VERSION + "); use a newer "
            + "alliance-eval"));
      }
      for (int v = version + 1; v <= SCHEMA_VERSION; v++) {
        connection.setAutoCommit(false);
        try {
          for (String sql : MIGRATIONS.get(v - 1)) {
            s.execute(sql);
          }
          s.executeUpdate("DELETE FROM schema_version");
          s.executeUpdate("INSERT INTO schema_version (version) VALUES (" + v + ")");
          connection.commit();
        } catch (SQLException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      }
    }
  }

  /** The schema version of the open database (after migration, {@link #SCHEMA_VERSION}). */
  public int schemaVersion() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /**
   * Imports {@code alliances} and {@code activities} in one transaction: all of it, or nothing if
   * anything fails. A new alliance is added with its name; a known one keeps the name it has. An
   * entry already present (by the uniqueness rule) is left as it is and counted as already present.
   * The entries' alliances need not be among {@code alliances}; they are added from the entries.
   */
  public ImportResult importAll(Collection<Alliance> alliances, Collection<Activity> activities)
      throws SQLException {
    requireNonNull(alliances, "alliances");
    requireNonNull(activities, "activities");
    Map<AllianceCode, Alliance> all = new LinkedHashMap<>();
    alliances.forEach(a -> all.putIfAbsent(a.code(), a));
    activities.forEach(a -> all.putIfAbsent(a.alliance().code(), a.alliance()));
    String now = Instant.now().toString();
    connection.setAutoCommit(false);
    try (PreparedStatement addAlliance = connection.prepareStatement(
            "INSERT INTO alliance (code, name) VALUES (?, ?) ON CONFLICT (code) DO NOTHING");
        PreparedStatement addActivity = connection.prepareStatement(
            "INSERT OR IGNORE INTO activity (code, kind, date, title, title_key, evidence, value,"
                + " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int alliancesAdded = 0;
      for (Alliance a : all.values()) {
        addAlliance.setString(1, a.code().toString());
        addAlliance.setString(2, a.name());
        alliancesAdded += addAlliance.executeUpdate();
      }
      int added = 0;
      int batch = 0;
      for (Activity a : activities) {
        addActivity.setString(1, a.alliance().code().toString());
        addActivity.setString(2, a.kind().name());
        addActivity.setString(3, a.date().toString());
        addActivity.setString(4, a.title());
        addActivity.setString(5, a.normalizedTitle());
        addActivity.setString(6, a.evidence().orElse(null));
        if (a.value().isPresent()) {
          addActivity.setInt(7, a.value().getAsInt());
        } else {
          addActivity.setNull(7, java.sql.Types.INTEGER);
        }
        addActivity.setString(8, now);
        addActivity.addBatch();
        if (++batch == 1000) {
          added += sum(addActivity.executeBatch());
          batch = 0;
        }
      }
      if (batch > 0) {
        added += sum(addActivity.executeBatch());
      }
      connection.commit();
      return new ImportResult(alliancesAdded, added, activities.size() - added);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static int sum(int[] counts) {
    int n = 0;
    for (int c : counts) {
      n += c > 0 ? c : 0;
    }
    return n;
  }

  /** The alliances, by code. */
  public List<Alliance> alliances() throws SQLException {
    List<Alliance> list = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT code, name FROM alliance ORDER BY code")) {
      while (rs.next()) {
        list.add(Alliance.of(rs.getString(1), rs.getString(2)));
      }
    }
    return list;
  }

  /** The number of entries. */
  public int size() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM activity")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /**
   * Every entry, in the order it was imported, read as {@code kinds} defines them.
   *
   * @throws BadInputException naming the database and each entry's id, for entries whose kind is
   *     not one of {@code kinds} or whose fields do not fit their kind (a database edited by hand)
   */
  public List<Activity> activities(ActivityKinds kinds) throws SQLException, BadInputException {
    requireNonNull(kinds, "kinds");
    List<Activity> list = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    Map<String, Alliance> alliances = new LinkedHashMap<>();
    for (Alliance a : alliances()) {
      alliances.put(a.code().toString(), a);
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, code, kind, date, title, evidence, value"
            + " FROM activity ORDER BY id")) {
      while (rs.next()) {
        long id = rs.getLong(1);
        Optional<ActivityKind> kind = kinds.kind(rs.getString(3));
        int v = rs.getInt(7);
        OptionalInt value = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
        if (kind.isEmpty()) {
          problems.add(InputProblem.inFile(name, "entry " + id + ": unknown kind '"
              + rs.getString(3) + "'; expected one of " + String.join(", ", kinds.names())));
          continue;
        }
        try {
          list.add(new Activity(alliances.get(rs.getString(2)), kind.get(),
              LocalDate.parse(rs.getString(4)), rs.getString(5),
              Optional.ofNullable(rs.getString(6)), value));
        } catch (RuntimeException e) {
          problems.add(InputProblem.inFile(name, "entry " + id + ": " + e.getMessage()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return list;
  }

  /** The database's name as given: its file or JDBC URL. */
  public String name() {
    return name;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // closing a read connection cannot lose data; an import has committed or rolled back
    }
  }

  private static String oneLine(SQLException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }
}
