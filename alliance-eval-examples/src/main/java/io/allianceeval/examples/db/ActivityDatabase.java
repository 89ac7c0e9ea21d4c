package io.allianceeval.examples.db;

import static io.allianceeval.examples.db.DatabaseErrors.damaged;
import static io.allianceeval.examples.db.DatabaseErrors.isDamaged;
import static io.allianceeval.examples.db.DatabaseErrors.isNotADatabase;
import static io.allianceeval.examples.db.DatabaseErrors.oneLine;
import static io.allianceeval.examples.db.DatabaseErrors.shorten;
import static io.allianceeval.examples.db.DatabaseErrors.storage;
import static java.util.Objects.requireNonNull;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKind;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.StorageException.Action;
import io.allianceeval.examples.io.StorageException.Reason;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * The dynamic information database as one SQLite file, or a PostgreSQL database a JDBC URL
 * names: the alliances and their activity entries. The schema is versioned: {@code
 * schema_version} holds the version, and opening applies the migrations the database lacks
 * ({@link Schema}, per {@link Dialect}), in order, in one write transaction. A database from a
 * newer schema is refused rather than guessed at. Entries are unique by alliance, kind, date, {@linkplain Activity#normalizedTitle()
 * normalised title} and value — the tally's duplicate rule — so importing the same entries twice
 * adds nothing.
 *
 * <p><b>Many writers, one file.</b> An SQLite database is opened in WAL mode (readers do not block
 * the writer, nor it them) with a busy timeout of {@value #BUSY_TIMEOUT_MS} ms: a writer that finds
 * another writing waits for it instead of failing. Every write transaction — an import, a
 * migration — starts {@code BEGIN IMMEDIATE}, taking the write lock first, so two writers never
 * both read and then collide; the migration checks the schema version again inside its
 * transaction, so that processes opening a new file at the same moment create the schema once.
 * Opening also runs {@code PRAGMA quick_check}: a damaged file is refused, in one line that says to
 * restore a backup, and nothing is read from it.
 *
 * <p>Not thread-safe: one connection, used by one thread; open one per thread.
 */
public final class ActivityDatabase implements AutoCloseable {

  /**
   * SQLite's schema, one migration per version: version N is reached by running the statements of
   * {@code MIGRATIONS.get(N - 1)}. Never edit a published migration; add the next one (to every
   * {@link Dialect}).
   */
  static final List<List<String>> MIGRATIONS = Dialect.SQLITE.migrations();

  /** The schema version this build writes and reads. */
  public static final int SCHEMA_VERSION = MIGRATIONS.size();

  /** How long a writer waits for another before it gives up: 30 s. */
  public static final int BUSY_TIMEOUT_MS = 30_000;

  /**
   * {@link #BUSY_TIMEOUT_MS}, unless the system property {@code allianceeval.db.busyTimeoutMs}
   * says otherwise (for tests of a lock held too long).
   */
  static int busyTimeoutMs() {
    return Integer.getInteger("allianceeval.db.busyTimeoutMs", BUSY_TIMEOUT_MS);
  }

  /** What an import did. */
  public record ImportResult(int alliancesAdded, int entriesAdded, int entriesAlreadyPresent) {}

  private final String name;
  private final Connection connection;
  private final Dialect dialect;

  private ActivityDatabase(String name, Connection connection) throws SQLException {
    this.name = name;
    this.connection = connection;
    this.dialect = Dialect.of(connection);
  }

  /**
   * Opens the SQLite file {@code file}, creating it if {@code create} and it does not exist, and
   * brings its schema up to date.
   *
   * @throws BadInputException in one line naming the file: it does not exist (and {@code create}
   *     is false), it is not an SQLite database, or its schema is newer than this build's
   * @throws StorageException in one line naming the file: it is damaged (restore a backup), it
   *     cannot be created or written, or another process held it past the busy timeout
   */
  public static ActivityDatabase open(Path file, boolean create)
      throws BadInputException, StorageException {
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
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(busyTimeoutMs());
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.enforceForeignKeys(true);
    ActivityDatabase db = connect(name, "jdbc:sqlite:" + file.toAbsolutePath(),
        config.toProperties());
    try {
      db.quickCheck();
      return db;
    } catch (StorageException | RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * Opens the SQLite file {@code file} to check it: like {@link #open}, without the quick check
   * that would refuse a damaged file, so that {@link #integrityCheck} can say what is wrong.
   *
   * @throws BadInputException as {@link #open} does
   * @throws StorageException if the file cannot be opened at all
   */
  public static ActivityDatabase openForCheck(Path file)
      throws BadInputException, StorageException {
    requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(InputProblem.inFile(file.toString(), "no such database file"));
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(busyTimeoutMs());
    config.setReadOnly(true);
    try {
      return new ActivityDatabase(file.toString(), DriverManager.getConnection(
          "jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties()));
    } catch (SQLException e) {
      throw storage(file.toString(), Action.OPEN_DATABASE, e);
    }
  }

  /**
   * Opens the database a JDBC URL names (its driver on the class path) and brings its schema up to
   * date, as {@link #open} does for a file.
   */
  public static ActivityDatabase connect(String jdbcUrl)
      throws BadInputException, StorageException {
    return connect(requireNonNull(jdbcUrl, "jdbcUrl"), jdbcUrl, new Properties());
  }

  private static ActivityDatabase connect(String name, String url, Properties properties)
      throws BadInputException, StorageException {
    Connection c;
    try {
      c = DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      if (isDamaged(e)) {
        throw damaged(name, e);
      }
      if (isNotADatabase(e)) {
        throw new BadInputException(InputProblem.inFile(name, "is not an SQLite database ("
            + oneLine(e) + ")"));
      }
      throw storage(name, Action.OPEN_DATABASE, e);
    }
    ActivityDatabase db;
    try {
      db = new ActivityDatabase(name, c);
    } catch (SQLException e) {
      closeQuietly(c);
      throw storage(name, Action.OPEN_DATABASE, e);
    }
    try {
      Schema.migrate(db.connection, db.dialect, name);
      return db;
    } catch (BadInputException e) {
      db.close();
      throw e;
    } catch (SQLException e) {
      db.close();
      if (isDamaged(e)) {
        throw damaged(name, e);
      }
      if (isNotADatabase(e)) {
        throw new BadInputException(InputProblem.inFile(name, "is not an SQLite database ("
            + oneLine(e) + ")"));
      }
      throw storage(name, Action.OPEN_DATABASE, e);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // nothing was done on it
    }
  }

  /** Refuses a damaged file: {@code PRAGMA quick_check} must say {@code ok}. */
  private void quickCheck() throws StorageException {
    List<String> problems;
    try {
      problems = pragmaCheck("quick_check");
    } catch (SQLException e) {
      throw isDamaged(e) ? damaged(name, e) : storage(name, Action.CHECK_DATABASE, e);
    }
    if (!problems.equals(List.of("ok"))) {
      throw new StorageException(name, Action.DAMAGED, Reason.OTHER,
          String.join("; ", problems), null);
    }
  }

  /**
   * SQLite's {@code PRAGMA integrity_check} of the open database: {@code [ok]}, or what it found
   * wrong (at most 100 lines).
   */
  public List<String> integrityCheck() throws SQLException {
    try {
      return pragmaCheck("integrity_check");
    } catch (SQLException e) {
      if (isDamaged(e) || isNotADatabase(e)) {
        return List.of(shorten(oneLine(e)));
      }
      throw e;
    }
  }

  private List<String> pragmaCheck(String pragma) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA " + pragma + "(100)")) {
      while (rs.next()) {
        lines.add(rs.getString(1).replace("*** in database main ***", "").replaceAll("\\s+", " ")
            .strip());
      }
    }
    return lines;
  }

  /**
   * Writes a consistent copy of the database to {@code copy}, while others may read and write it
   * (SQLite's {@code VACUUM INTO}, in one read transaction): to a temporary file beside {@code
   * copy}, then moved into place, so that a failed backup leaves no file.
   *
   * @throws StorageException naming the copy and the cause
   */
  public void backup(Path copy) throws StorageException {
    Path target = copy.toAbsolutePath();
    Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current()
        .pid() + ".backup");
    try {
      Files.deleteIfExists(tmp);
      try (PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
        s.setString(1, tmp.toString());
        s.execute();
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (SQLException e) {
      throw storage(copy.toString(), Action.BACKUP, e);
    } catch (IOException e) {
      throw StorageException.of(copy.toString(), Action.BACKUP, e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // the move succeeded or the copy failed; a leftover would be named .backup beside it
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
   *
   * @throws StorageException in one line, nothing imported: the disk is full, the file cannot be
   *     written, another writer held it past the busy timeout
   */
  public ImportResult importAll(Collection<Alliance> alliances, Collection<Activity> activities)
      throws StorageException {
    requireNonNull(alliances, "alliances");
    requireNonNull(activities, "activities");
    Map<AllianceCode, Alliance> all = new LinkedHashMap<>();
    alliances.forEach(a -> all.putIfAbsent(a.code(), a));
    activities.forEach(a -> all.putIfAbsent(a.alliance().code(), a.alliance()));
    String now = Instant.now().toString();
    try {
      connection.setAutoCommit(false); // BEGIN IMMEDIATE on SQLite: waits for another writer
    } catch (SQLException e) {
      throw storage(name, Action.WRITE_DATABASE, e);
    }
    try (PreparedStatement addAlliance = connection.prepareStatement(
            "INSERT INTO alliance (code, name) VALUES (?, ?) ON CONFLICT (code) DO NOTHING");
        PreparedStatement addActivity = connection.prepareStatement(
            "INSERT INTO activity (code, kind, date, title, title_key, evidence, value,"
                + " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
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
    } catch (SQLException e) {
      rollbackQuietly();
      throw storage(name, Action.IMPORT, e);
    } catch (RuntimeException e) {
      rollbackQuietly();
      throw e;
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        // the transaction has ended either way; the connection is closed next
      }
    }
  }

  /**
   * Rolls back what is left of a failed transaction; SQLite may have rolled it back itself (a full
   * disk), and then there is nothing to do.
   */
  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // "no transaction is active": SQLite rolled back already
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
    // one statement, one snapshot: alliances and entries read apart could see another process's
    // import in between (entries of an alliance not yet read)
    Map<String, Alliance> alliances = new LinkedHashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT a.id, a.code, a.kind, a.date, a.title, a.evidence,"
            + " a.value, n.name FROM activity a JOIN alliance n ON n.code = a.code"
            + " ORDER BY a.id")) {
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
          String code = rs.getString(2);
          String allianceName = rs.getString(8);
          Alliance alliance = alliances.computeIfAbsent(code, c -> Alliance.of(c, allianceName));
          list.add(new Activity(alliance, kind.get(),
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
}
