package io.allianceeval.examples.db;

import io.allianceeval.examples.io.StorageException;
import io.allianceeval.examples.io.StorageException.Action;
import io.allianceeval.examples.io.StorageException.Reason;
import java.sql.SQLException;

/**
 * What a driver's {@link SQLException} means to the user: a damaged file, a file that is not a
 * database, or a storage failure with its reason — each as one line naming the database.
 */
final class DatabaseErrors {

  private DatabaseErrors() {}

  static boolean isDamaged(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("SQLITE_CORRUPT") || m.contains("malformed");
  }

  static boolean isNotADatabase(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("NOTADB") || m.contains("not a database");
  }

  static StorageException damaged(String name, SQLException e) {
    return new StorageException(name, Action.DAMAGED, Reason.OTHER, oneLine(e), e);
  }

  /**
   * A storage failure in one line: the database was locked past the busy timeout, the disk is
   * full, the folder cannot be written, or another cause the driver names.
   */
  static StorageException storage(String name, Action action, SQLException e) {
    Reason reason = StorageException.reason(String.valueOf(e.getMessage()));
    return new StorageException(name, action, reason, reason == Reason.LOCKED
        ? String.valueOf(ActivityDatabase.busyTimeoutMs() / 1000.0) : oneLine(e), e);
  }

  static String shorten(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }

  static String oneLine(SQLException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }
}
