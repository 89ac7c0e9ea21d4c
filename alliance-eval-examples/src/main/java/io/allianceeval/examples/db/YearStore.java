package io.allianceeval.examples.db;

import static io.allianceeval.examples.db.DatabaseErrors.isDamaged;
import static io.allianceeval.examples.db.DatabaseErrors.damaged;
import static io.allianceeval.examples.db.DatabaseErrors.storage;
import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.examples.io.StorageException.Action;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The evaluation year's store for the server: the activity database (the same file or PostgreSQL
 * database that {@code db import} writes, at schema version {@link ActivityDatabase#SCHEMA_VERSION})
 * behind a small pool of connections, used in whole transactions.
 *
 * <p>Every {@link #write} is one transaction that holds the database's write lock from its first
 * statement — {@code BEGIN IMMEDIATE} on SQLite, a transaction-level advisory lock on PostgreSQL —
 * so that a step reads the state it checks and writes its result and its change-log line without
 * another writer in between, and writers queue rather than fail (up to the busy timeout). A {@link
 * #read} sees one consistent snapshot. Thread-safe.
 */
public final class YearStore implements AutoCloseable {

  /**
   * What a transaction does with the store; {@code X} is the caller's own reason to give up (a
   * step that may not be taken), thrown through the transaction as it is.
   */
  @FunctionalInterface
  public interface Work<T, X extends Exception> {
    /** Does it; a thrown exception rolls the transaction back. */
    T run(YearTransaction tx) throws SQLException, BadInputException, X;
  }

  /** An arbitrary, fixed key of the advisory lock that PostgreSQL writers take. */
  private static final long WRITE_LOCK = 0x7965617273746f72L; // "yearstor"

  /**
   * Queues this process's SQLite writers in order: SQLite's own wait for its write lock polls with
   * growing sleeps (up to 100 ms), which made the slowest requests many times slower than the rest
   * under load; a fair lock hands the write over at once. Other processes (db import) still meet
   * the busy timeout.
   */
  private final ReentrantLock sqliteWriters = new ReentrantLock(true);

  private final String name;
  private final HikariDataSource readPool;
  private final HikariDataSource writePool;
  private final Dialect dialect;

  private YearStore(String name, HikariDataSource readPool, HikariDataSource writePool,
      Dialect dialect) {
    this.name = name;
    this.readPool = readPool;
    this.writePool = writePool;
    this.dialect = dialect;
  }

  /**
   * Opens the SQLite file {@code file}, creating it if it does not exist: checked ({@code
   * quick_check}) and migrated once, then pooled.
   *
   * @throws BadInputException if it is not an SQLite database or its schema is newer
   * @throws StorageException if it is damaged, cannot be created, or stays locked
   */
  public static YearStore open(Path file) throws BadInputException, StorageException {
    requireNonNull(file, "file");
    ActivityDatabase.open(file, true).close(); // checks and migrates, or says why not
    String name = file.toString();
    // readers: deferred transactions, a snapshot each, never blocking the writer (WAL)
    HikariDataSource read = pool(name, sqlite(file, SQLiteConfig.TransactionMode.DEFERRED, 6));
    try {
      // writers: BEGIN IMMEDIATE, so that a step holds the write lock from its first read
      return new YearStore(name, read,
          pool(name, sqlite(file, SQLiteConfig.TransactionMode.IMMEDIATE, 1)), Dialect.SQLITE);
    } catch (StorageException | RuntimeException e) {
      read.close();
      throw e;
    }
  }

  private static HikariConfig sqlite(Path file, SQLiteConfig.TransactionMode mode, int size) {
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setBusyTimeout(ActivityDatabase.busyTimeoutMs());
    sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
    sqlite.setTransactionMode(mode);
    sqlite.enforceForeignKeys(true);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:sqlite:" + file.toAbsolutePath());
    config.setDataSourceProperties(sqlite.toProperties());
    config.setMaximumPoolSize(size);
    return config;
  }

  /**
   * Opens the database {@code jdbcUrl} names (PostgreSQL), migrated once, then pooled.
   *
   * @throws BadInputException if its schema is newer than this build's
   * @throws StorageException if it cannot be reached or written
   */
  public static YearStore connect(String jdbcUrl) throws BadInputException, StorageException {
    requireNonNull(jdbcUrl, "jdbcUrl");
    ActivityDatabase.connect(jdbcUrl).close();
    String name = jdbcUrl.replaceFirst("\\?.*", ""); // never the password a query may hold
    // readers and writers apart: writers queued on the write lock never hold every connection
    HikariDataSource read = pool(name, postgres(jdbcUrl, 8));
    try {
      return new YearStore(name, read, pool(name, postgres(jdbcUrl, 4)), Dialect.POSTGRESQL);
    } catch (StorageException | RuntimeException e) {
      read.close();
      throw e;
    }
  }

  private static HikariConfig postgres(String jdbcUrl, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(size);
    return config;
  }

  private static HikariDataSource pool(String name, HikariConfig config)
      throws StorageException {
    config.setPoolName("alliance-eval");
    config.setAutoCommit(true);
    config.setConnectionTimeout(ActivityDatabase.busyTimeoutMs() + 5_000L);
    config.setInitializationFailTimeout(-1);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StorageException(name, Action.OPEN_DATABASE, StorageException.Reason.OTHER,
          String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Runs {@code work} in one read transaction.
   *
   * @throws StorageException if the database cannot be read
   * @throws BadInputException what {@code work} throws
   * @throws X what {@code work} throws
   */
  public <T, X extends Exception> T read(Work<T, X> work)
      throws StorageException, BadInputException, X {
    return transaction(work, false);
  }

  /**
   * Runs {@code work} in one write transaction that holds the write lock throughout: all of it is
   * committed, or — if it throws — none of it.
   *
   * @throws StorageException if the database cannot be written (nothing was)
   * @throws BadInputException what {@code work} throws (nothing was written)
   * @throws X what {@code work} throws (nothing was written)
   */
  public <T, X extends Exception> T write(Work<T, X> work)
      throws StorageException, BadInputException, X {
    return transaction(work, true);
  }

  private <T, X extends Exception> T transaction(Work<T, X> work, boolean write)
      throws StorageException, BadInputException, X {
    requireNonNull(work, "work");
    boolean queued = write && dialect == Dialect.SQLITE;
    if (queued) {
      sqliteWriters.lock();
    }
    try {
      return run(work, write);
    } finally {
      if (queued) {
        sqliteWriters.unlock();
      }
    }
  }

  private <T, X extends Exception> T run(Work<T, X> work, boolean write)
      throws StorageException, BadInputException, X {
    try (Connection c = (write ? writePool : readPool).getConnection()) {
      c.setAutoCommit(false); // SQLite's write pool: BEGIN IMMEDIATE, the write lock taken now
      try (Statement s = c.createStatement()) {
        if (write && dialect == Dialect.POSTGRESQL) {
          s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
        }
        T result = work.run(new YearTransaction(c, dialect));
        c.commit();
        return result;
      } catch (Exception e) {
        rollbackQuietly(c);
        throw e; // as thrown: SQLException, BadInputException, X or unchecked
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      if (isDamaged(e)) {
        throw damaged(name, e);
      }
      throw storage(name, write ? Action.WRITE_DATABASE : Action.OPEN_DATABASE, e);
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      // SQLite may have rolled back itself (a full disk); nothing is committed either way
    }
  }

  /** The database's name as the user gave it: its file or JDBC URL. */
  public String name() {
    return name;
  }

  /** Closes the pools: transactions under way finish first, then their connections close. */
  @Override
  public void close() {
    writePool.close();
    readPool.close();
  }
}
