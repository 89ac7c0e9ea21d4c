package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.Tally;
import io.allianceeval.activity.TallyResult;
import io.allianceeval.examples.db.ActivityDatabase;
import io.allianceeval.examples.io.ActivityLogFile;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.InputProblem;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.InvalidInputException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a year's activity comes from: a records file (one row an alliance), activity logs (one
 * entry a row), the SQLite database, or another database by JDBC URL — at most one of them; none
 * means the shipped synthetic records.
 *
 * @param records a records file, CSV or .xlsx
 * @param logs activity logs, CSV or .xlsx
 * @param database the SQLite database that {@code db import} fills
 * @param jdbcUrl another database with the same schema
 */
public record ActivitySource(Optional<Path> records, List<Path> logs, Optional<Path> database,
    Optional<String> jdbcUrl) {

  /** Checks that at most one source is given, and copies the logs. */
  public ActivitySource {
    requireNonNull(records, "records");
    logs = List.copyOf(logs);
    requireNonNull(database, "database");
    requireNonNull(jdbcUrl, "jdbcUrl");
    int given = (records.isPresent() ? 1 : 0) + (logs.isEmpty() ? 0 : 1)
        + (database.isPresent() ? 1 : 0) + (jdbcUrl.isPresent() ? 1 : 0);
    if (given > 1) {
      throw new IllegalArgumentException("give one source of activity, not " + given);
    }
  }

  /** The shipped synthetic records. */
  public static ActivitySource synthetic() {
    return new ActivitySource(Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }

  /** Whether the activity is a log of entries (files or a database), to be tallied. */
  public boolean isLog() {
    return !logs.isEmpty() || database.isPresent() || jdbcUrl.isPresent();
  }

  /**
   * Tallies the log or the database with {@code tally}.
   *
   * @param sheet the sheet of .xlsx logs to read; null for the first with a header
   * @throws BadInputException every problem of the log, or of the database's entries
   * @throws SQLException if the database cannot be read
   * @throws StorageException if the database is damaged or cannot be opened
   * @throws IllegalStateException if this is not a log
   */
  public TallyResult tally(Tally tally, String sheet)
      throws BadInputException, SQLException, StorageException {
    if (!isLog()) {
      throw new IllegalStateException("not an activity log: " + this);
    }
    if (!logs.isEmpty()) {
      return ActivityLogFile.read(logs, sheet, tally.kinds()).tally(tally);
    }
    try (ActivityDatabase db = database.isPresent() ? ActivityDatabase.open(database.get(), false)
        : ActivityDatabase.connect(jdbcUrl.get())) {
      List<Activity> entries = db.activities(tally.kinds());
      try {
        return tally.tally(entries);
      } catch (InvalidInputException e) {
        List<InputProblem> problems = new ArrayList<>();
        for (InvalidInputException.Problem p : e.problems()) {
          problems.add(InputProblem.inFile(db.name(), p.message()));
        }
        throw new BadInputException(problems);
      }
    }
  }
}
