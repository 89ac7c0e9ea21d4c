package io.allianceeval.examples.app;

import static java.util.Objects.requireNonNull;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.activity.Period;
import io.allianceeval.activity.Tally;
import io.allianceeval.examples.db.ActivityDatabase;
import io.allianceeval.examples.io.ActivityLogFile;
import io.allianceeval.examples.io.ActivityLogWorkbook;
import io.allianceeval.examples.io.AtomicFiles;
import io.allianceeval.examples.io.BadInputException;
import io.allianceeval.examples.io.CsvOutput;
import io.allianceeval.examples.io.Roster;
import io.allianceeval.examples.io.StorageException;
import io.allianceeval.model.Alliance;
import io.allianceeval.scoring.IndicatorSystem;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dynamic information database ({@code db import}, {@code db export}): activity logs checked
 * entry by entry and imported whole or not at all, and the database written back as a log.
 */
public final class ActivityLogs {

  /**
   * What an import did.
   *
   * @param database the database's name
   * @param result the alliances and entries added, and the entries already there
   * @param size the entries the database holds now
   */
  public record Imported(String database, ActivityDatabase.ImportResult result, int size) {}

  /**
   * What an export wrote.
   *
   * @param database the database's name
   * @param entries the entries written
   * @param alliances the alliances written
   */
  public record Exported(String database, int entries, int alliances) {}

  private ActivityLogs() {}

  /**
   * Checks every entry of {@code logs} — against each other, the roster and the stored entries —
   * and only if all are good imports them in one transaction, creating the database if need be.
   *
   * @param roster the alliances registered, if given: an entry of another alliance is refused
   * @throws BadInputException every problem of every log, none imported
   * @throws SQLException if the database cannot be written
   * @throws StorageException if the database is damaged, cannot be created, or stays locked
   */
  public static Imported importLogs(Path database, List<Path> logs, Optional<Path> roster,
      IndicatorSystem system, String sheet)
      throws BadInputException, SQLException, StorageException {
    ActivityKinds kinds = ActivityKinds.forSystem(requireNonNull(system, "system"));
    List<Alliance> alliances = roster.isEmpty() ? List.of()
        : Roster.read(roster.get(), sheet).roster().orElseThrow();
    // every date: the check looks at every entry, not one year's
    Tally check = Tally.forYear(2019).withKinds(kinds)
        .withPeriod(Period.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)));
    if (roster.isPresent()) {
      check = check.withRoster(alliances);
    }
    ActivityLogFile log = ActivityLogFile.read(logs, sheet, kinds);
    log.tally(check);
    try (ActivityDatabase db = ActivityDatabase.open(database, true)) {
      List<Activity> before = db.activities(kinds);
      log.tally(check, before, db.name());
      ActivityDatabase.ImportResult r = db.importAll(alliances, log.activities());
      return new Imported(db.name(), r, db.size());
    }
  }

  /**
   * Writes every entry of the database as an activity log: .xlsx (the template's layout, the
   * alliances on a sheet of their own) or CSV, chosen by {@code out}'s extension.
   *
   * @throws IllegalArgumentException if {@code out} ends neither in .xlsx nor in .csv
   * @throws BadInputException if the database's entries are not of the system's kinds
   * @throws SQLException if the database cannot be read
   * @throws StorageException if {@code out} cannot be written
   */
  public static Exported export(Path database, Path out, IndicatorSystem system)
      throws BadInputException, SQLException, StorageException {
    String file = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!file.endsWith(".xlsx") && !file.endsWith(".csv")) {
      throw new IllegalArgumentException("out must end in .xlsx or .csv: " + out);
    }
    ActivityKinds kinds = ActivityKinds.forSystem(system);
    try (ActivityDatabase db = ActivityDatabase.open(database, false)) {
      List<Alliance> alliances = db.alliances();
      List<Activity> entries = db.activities(kinds);
      if (file.endsWith(".xlsx")) {
        AtomicFiles.write(out, ActivityLogWorkbook.export(alliances, entries, kinds, system));
      } else {
        List<List<Object>> rows = new ArrayList<>();
        for (Activity a : entries) {
          rows.add(List.of(a.alliance().code().toString(), a.alliance().name(),
              a.date().toString(), a.kind().name(), a.title(), a.evidence().orElse(""),
              a.value().isPresent() ? (Object) a.value().getAsInt() : ""));
        }
        AtomicFiles.write(out, CsvOutput.write(ActivityLogFile.COLUMNS, rows));
      }
      return new Exported(db.name(), entries.size(), alliances.size());
    }
  }

  /**
   * The result of an integrity check.
   *
   * @param database the database's name
   * @param problems what SQLite found wrong; {@code [ok]} when the file is whole
   * @param entries the entries it holds, when it is whole; -1 otherwise
   */
  public record Checked(String database, List<String> problems, int entries) {

    /** Whether the database is whole. */
    public boolean whole() {
      return problems.equals(List.of("ok"));
    }
  }

  /**
   * Runs SQLite's {@code integrity_check} on {@code database}: a damaged file is reported, not
   * refused.
   *
   * @throws BadInputException if there is no such database or it is not SQLite
   * @throws SQLException if the check cannot run
   * @throws StorageException if the file cannot be opened
   */
  public static Checked check(Path database)
      throws BadInputException, SQLException, StorageException {
    try (ActivityDatabase db = ActivityDatabase.openForCheck(database)) {
      List<String> problems = db.integrityCheck();
      return new Checked(db.name(), problems, problems.equals(List.of("ok")) ? db.size() : -1);
    }
  }

  /**
   * Writes a consistent copy of {@code database} to {@code copy} while others read and write it.
   *
   * @return the entries the copy holds
   * @throws BadInputException if there is no such database or it is not SQLite
   * @throws StorageException if the database is damaged or the copy cannot be written
   */
  public static int backup(Path database, Path copy)
      throws BadInputException, StorageException, SQLException {
    try (ActivityDatabase db = ActivityDatabase.open(database, false)) {
      db.backup(copy);
    }
    try (ActivityDatabase written = ActivityDatabase.open(copy, false)) {
      return written.size();
    }
  }
}
