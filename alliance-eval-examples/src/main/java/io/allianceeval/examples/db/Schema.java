package io.allianceeval.examples.db;

import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The schema's version and its migrations: a database is brought up to {@link
 * ActivityDatabase#SCHEMA_VERSION} by running the {@linkplain Dialect#migrations() migrations} of
 * its dialect that it lacks, in order, in one write transaction.
 */
final class Schema {

  private Schema() {}

  /**
   * Brings the schema up to date in one write transaction ({@code BEGIN IMMEDIATE} on SQLite): the
   * version is read inside it, so a process that waited for another's migration finds the schema
   * made and does nothing. A database that is up to date is only read.
   */
  static void migrate(Connection connection, Dialect dialect, String name)
      throws SQLException, BadInputException {
    try (Statement s = connection.createStatement()) {
      dialect.prepare(s);
      if (currentVersion(s) == ActivityDatabase.SCHEMA_VERSION) {
        return; // the usual case: no write lock taken
      }
      connection.setAutoCommit(false);
      try {
        dialect.lockForMigration(s);
        s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        int version = currentVersion(s);
        if (version > ActivityDatabase.SCHEMA_VERSION) {
          throw new BadInputException(InputProblem.inFile(name, "has schema version " + version
              + ", newer than this alliance-eval reads (" + ActivityDatabase.SCHEMA_VERSION + "); use a newer "
              + "alliance-eval"));
        }
        for (int v = version + 1; v <= ActivityDatabase.SCHEMA_VERSION; v++) {
          for (String sql : dialect.migrations().get(v - 1)) {
            s.execute(sql);
          }
          s.executeUpdate("DELETE FROM schema_version");
          s.executeUpdate("INSERT INTO schema_version (version) VALUES (" + v + ")");
        }
        connection.commit();
      } catch (SQLException | BadInputException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  /** The schema version, 0 for a database without the version table. */
  static int currentVersion(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      // SQLite says "no such table"; PostgreSQL "undefined table" (SQLSTATE 42P01)
      if (String.valueOf(e.getMessage()).contains("no such table")
          || "42P01".equals(e.getSQLState())) {
        return 0;
      }
      throw e;
    }
  }
}
