package io.allianceeval.examples.db;

import io.allianceeval.activity.Activity;
import io.allianceeval.activity.ActivityKind;
import io.allianceeval.activity.ActivityKinds;
import io.allianceeval.activity.Period;
import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.year.EvaluationYear;
import io.allianceeval.year.Phase;
import io.allianceeval.year.Role;
import io.allianceeval.year.Submission;
import io.allianceeval.year.SubmissionState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The statements of one {@link YearStore} transaction: accounts, alliances, years, submissions,
 * entries and the change log, every value bound as a parameter. Valid only inside the {@link
 * YearStore.Work} it is given to.
 */
public final class YearTransaction {

  private final Connection c;
  private final Dialect dialect;
  private final Sql sql;

  YearTransaction(Connection c, Dialect dialect) {
    this.c = c;
    this.sql = new Sql(c);
    this.dialect = dialect;
  }

  // ---- accounts

  /** The account {@code username}, if there is one. */
  public Optional<Account> account(String username) throws SQLException {
    List<Account> found = accounts("WHERE username = ?", username);
    return found.stream().findFirst();
  }

  /** Every account, by role then name. */
  public List<Account> accounts() throws SQLException {
    return accounts("ORDER BY role, username");
  }

  private List<Account> accounts(String where, Object... args) throws SQLException {
    List<Account> list = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT username, role, code, password_hash,"
        + " must_change, disabled, created_at FROM account " + where)) {
      bind(s, args);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          list.add(new Account(rs.getString(1), Role.valueOf(rs.getString(2)),
              Optional.ofNullable(rs.getString(3)).map(AllianceCode::parse), rs.getString(4),
              rs.getInt(5) == 1, rs.getInt(6) == 1, Instant.parse(rs.getString(7))));
        }
      }
    }
    return list;
  }

  /** Adds {@code account}; false (and nothing added) if its username is taken. */
  public boolean insertAccount(Account account) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO account (username, role, code,"
        + " password_hash, must_change, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT (username) DO NOTHING")) {
      bind(s, account.username(), account.role().name(),
          account.alliance().map(AllianceCode::toString).orElse(null), account.passwordHash(),
          account.mustChangePassword() ? 1 : 0, account.disabled() ? 1 : 0,
          account.createdAt().toString());
      return s.executeUpdate() == 1;
    }
  }

  /** Sets the password hash of {@code username} and whether it must be changed at next login. */
  public void setPassword(String username, String hash, boolean mustChange) throws SQLException {
    update("UPDATE account SET password_hash = ?, must_change = ? WHERE username = ?", hash,
        mustChange ? 1 : 0, username);
  }

  /** Disables or enables {@code username}. */
  public void setDisabled(String username, boolean disabled) throws SQLException {
    update("UPDATE account SET disabled = ? WHERE username = ?", disabled ? 1 : 0, username);
  }

  /** The number of accounts. */
  public int accountCount() throws SQLException {
    return count("SELECT count(*) FROM account");
  }

  // ---- alliances

  /** Every alliance, by code. */
  public List<Alliance> alliances() throws SQLException {
    List<Alliance> list = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT code, name FROM alliance ORDER BY code");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        list.add(Alliance.of(rs.getString(1), rs.getString(2)));
      }
    }
    return list;
  }

  /** The alliance {@code code}, if registered. */
  public Optional<Alliance> alliance(AllianceCode code) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT code, name FROM alliance WHERE code = ?")) {
      bind(s, code.toString());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(Alliance.of(rs.getString(1), rs.getString(2)))
            : Optional.empty();
      }
    }
  }

  /** Registers the alliances not registered yet; a registered one keeps its name. */
  public int addAlliances(Collection<Alliance> alliances) throws SQLException {
    int added = 0;
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO alliance (code, name) VALUES (?, ?) ON CONFLICT (code) DO NOTHING")) {
      for (Alliance a : alliances) {
        bind(s, a.code().toString(), a.name());
        added += s.executeUpdate();
      }
    }
    return added;
  }

  // ---- years

  /** The year {@code year}, if it was opened. */
  public Optional<StoredYear> year(int year) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT period_start, period_end, deadline,"
        + " locked, eligibility, system_workbook IS NOT NULL, phase, publicity_end"
        + " FROM evaluation_year WHERE year = ?")) {
      bind(s, year);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        EvaluationYear y = new EvaluationYear(year, Period.of(LocalDate.parse(rs.getString(1)),
            LocalDate.parse(rs.getString(2))), Instant.parse(rs.getString(3)), rs.getInt(4) == 1);
        return Optional.of(new StoredYear(y, rs.getString(5), rs.getBoolean(6),
            Phase.valueOf(rs.getString(7)),
            Optional.ofNullable(rs.getString(8)).map(Instant::parse)));
      }
    }
  }

  /** Every opened year, newest first. */
  public List<Integer> years() throws SQLException {
    List<Integer> list = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT year FROM evaluation_year ORDER BY year DESC"); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        list.add(rs.getInt(1));
      }
    }
    return list;
  }

  /**
   * Opens a year; false (and nothing stored) if it is open already.
   *
   * @param systemWorkbook the uploaded indicator system, or null for the standard one
   */
  public boolean insertYear(StoredYear year, byte[] systemWorkbook, Instant now)
      throws SQLException {
    EvaluationYear y = year.year();
    try (PreparedStatement s = c.prepareStatement("INSERT INTO evaluation_year (year,"
        + " period_start, period_end, deadline, locked, eligibility, system_workbook, opened_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (year) DO NOTHING")) {
      bind(s, y.year(), y.period().start().toString(), y.period().end().toString(),
          y.deadline().toString(), y.locked() ? 1 : 0, year.eligibility(),
          systemWorkbook == null ? new Sql.Null(Types.BINARY) : systemWorkbook, now.toString());
      return s.executeUpdate() == 1;
    }
  }

  /** Stores the deadline, lock, phase and publicity end of an opened year. */
  public void updateYear(StoredYear stored) throws SQLException {
    EvaluationYear year = stored.year();
    update("UPDATE evaluation_year SET deadline = ?, locked = ?, phase = ?, publicity_end = ?"
        + " WHERE year = ?", year.deadline().toString(), year.locked() ? 1 : 0,
        stored.phase().name(), stored.publicityEnd().map(Instant::toString).orElse(null),
        year.year());
  }

  /** The uploaded indicator system of {@code year}, if it has one. */
  public Optional<byte[]> systemWorkbook(int year) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT system_workbook FROM evaluation_year WHERE year = ?")) {
      bind(s, year);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
      }
    }
  }

  // ---- submissions

  /** The submission of {@code code} in {@code year}: not started if none was stored. */
  public Submission submission(int year, AllianceCode code) throws SQLException {
    Map<AllianceCode, Submission> found = submissions(year, "AND code = ?", code.toString());
    return found.getOrDefault(code, Submission.notStarted(code));
  }

  /** The stored submissions of {@code year}, by code; an alliance without one has not started. */
  public Map<AllianceCode, Submission> submissions(int year) throws SQLException {
    return submissions(year, "");
  }

  private Map<AllianceCode, Submission> submissions(int year, String and, Object... args)
      throws SQLException {
    Map<AllianceCode, Submission> map = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT code, state, comment, reopened_because"
        + " FROM submission WHERE year = ? " + and + " ORDER BY code")) {
      Object[] all = new Object[args.length + 1];
      all[0] = year;
      System.arraycopy(args, 0, all, 1, args.length);
      bind(s, all);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          AllianceCode code = AllianceCode.parse(rs.getString(1));
          map.put(code, new Submission(code, SubmissionState.valueOf(rs.getString(2)),
              Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4))));
        }
      }
    }
    return map;
  }

  /** Stores {@code submission} as the state of its alliance in {@code year}. */
  public void putSubmission(int year, Submission submission) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO submission (year, code, state,"
        + " comment, reopened_because) VALUES (?, ?, ?, ?, ?) ON CONFLICT (year, code)"
        + " DO UPDATE SET state = excluded.state, comment = excluded.comment,"
        + " reopened_because = excluded.reopened_because")) {
      bind(s, year, submission.alliance().toString(), submission.state().name(),
          submission.comment().orElse(null), submission.reopenedBecause().orElse(null));
      s.executeUpdate();
    }
  }

  // ---- entries

  private static final String ENTRY_COLUMNS =
      "SELECT a.id, a.code, n.name, a.kind, a.date, a.title, a.evidence, a.value, a.entered_by"
          + " FROM activity a JOIN alliance n ON n.code = a.code ";

  /**
   * The entries of {@code code} for {@code year}: those entered for it on the server, and those
   * imported (with no year) dated in its period; in the order they were stored.
   */
  public List<StoredEntry> entries(StoredYear year, AllianceCode code, ActivityKinds kinds)
      throws SQLException {
    Period p = year.year().period();
    return entries(kinds, "WHERE a.code = ? AND (a.year = ? OR (a.year IS NULL AND a.date >= ?"
        + " AND a.date <= ?)) ORDER BY a.id", code.toString(), year.year().year(),
        p.start().toString(), p.end().toString());
  }

  /** The entries of every alliance for {@code year}, as {@link #entries(StoredYear,
   * AllianceCode, ActivityKinds)} selects them. */
  public List<StoredEntry> entries(StoredYear year, ActivityKinds kinds) throws SQLException {
    Period p = year.year().period();
    return entries(kinds, "WHERE a.year = ? OR (a.year IS NULL AND a.date >= ? AND a.date <= ?)"
        + " ORDER BY a.id", year.year().year(), p.start().toString(), p.end().toString());
  }

  /** The entry {@code id}, if there is one. */
  public Optional<StoredEntry> entry(long id, ActivityKinds kinds) throws SQLException {
    return entries(kinds, "WHERE a.id = ?", id).stream().findFirst();
  }

  private List<StoredEntry> entries(ActivityKinds kinds, String where, Object... args)
      throws SQLException {
    List<StoredEntry> list = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(ENTRY_COLUMNS + where)) {
      bind(s, args);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Optional<ActivityKind> kind = kinds.kind(rs.getString(4));
          if (kind.isEmpty()) {
            continue; // a kind of another indicator system: not this year's to show
          }
          int v = rs.getInt(8);
          OptionalInt value = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
          Activity a = new Activity(Alliance.of(rs.getString(2), rs.getString(3)), kind.get(),
              LocalDate.parse(rs.getString(5)), rs.getString(6),
              Optional.ofNullable(rs.getString(7)), value);
          list.add(new StoredEntry(rs.getLong(1), a, Optional.ofNullable(rs.getString(9))));
        }
      }
    }
    return list;
  }

  /**
   * The id of a stored entry that is the same entry as {@code a} by the duplicate rule (alliance,
   * kind, date, normalised title, value), other than {@code except}.
   */
  public OptionalLong sameEntry(Activity a, long except) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM activity WHERE code = ?"
        + " AND kind = ? AND date = ? AND title_key = ? AND coalesce(value, -1) = ? AND id <> ?")) {
      bind(s, a.alliance().code().toString(), a.kind().name(), a.date().toString(),
          a.normalizedTitle(), a.value().orElse(-1), except);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /** Stores {@code a} as an entry for {@code year} by {@code username}; its id. */
  public long insertEntry(int year, Activity a, String username, Instant now)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO activity (code, kind, date, title,"
        + " title_key, evidence, value, imported_at, year, entered_by)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
      bind(s, a.alliance().code().toString(), a.kind().name(), a.date().toString(), a.title(),
          a.normalizedTitle(), a.evidence().orElse(null), a.value().isPresent()
              ? (Object) a.value().getAsInt() : new Sql.Null(Types.INTEGER), now.toString(), year,
          username);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Replaces the entry {@code id} with {@code a}, for {@code year}, by {@code username}. */
  public void updateEntry(long id, int year, Activity a, String username) throws SQLException {
    update("UPDATE activity SET kind = ?, date = ?, title = ?, title_key = ?, evidence = ?,"
        + " value = ?, year = ?, entered_by = ? WHERE id = ?", a.kind().name(),
        a.date().toString(), a.title(), a.normalizedTitle(), a.evidence().orElse(null),
        a.value().isPresent() ? (Object) a.value().getAsInt() : new Sql.Null(Types.INTEGER), year,
        username, id);
  }

  /** Deletes the entry {@code id}. */
  public void deleteEntry(long id) throws SQLException {
    update("DELETE FROM activity WHERE id = ?", id);
  }

  // ---- the change log

  /** Appends a line to the change log. */
  public void log(Instant at, String username, OptionalInt year, Optional<AllianceCode> alliance,
      String action, OptionalLong entryId, Optional<String> before, Optional<String> after)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO change_log (at, username, year,"
        + " code, action, entry_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      bind(s, at.toString(), username,
          year.isPresent() ? (Object) year.getAsInt() : new Sql.Null(Types.INTEGER),
          alliance.map(AllianceCode::toString).orElse(null), action,
          entryId.isPresent() ? (Object) entryId.getAsLong() : new Sql.Null(Types.BIGINT),
          before.orElse(null), after.orElse(null));
      s.executeUpdate();
    }
  }

  /**
   * The change log of {@code year} (and of no year: accounts), oldest first; only the lines of
   * {@code alliance} if given.
   */
  public List<Change> changes(int year, Optional<AllianceCode> alliance) throws SQLException {
    String sql = "SELECT id, at, username, year, code, action, entry_id, before, after"
        + " FROM change_log WHERE " + (alliance.isPresent() ? "year = ? AND code = ?"
            : "(year = ? OR year IS NULL)") + " ORDER BY id";
    List<Change> list = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (alliance.isPresent()) {
        bind(s, year, alliance.get().toString());
      } else {
        bind(s, year);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          int y = rs.getInt(4);
          OptionalInt yr = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(y);
          long e = rs.getLong(7);
          OptionalLong entry = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(e);
          list.add(new Change(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), yr,
              Optional.ofNullable(rs.getString(5)).map(AllianceCode::parse), rs.getString(6),
              entry, Optional.ofNullable(rs.getString(8)), Optional.ofNullable(rs.getString(9))));
        }
      }
    }
    return list;
  }

  // ---- helpers

  private static void bind(PreparedStatement s, Object... args) throws SQLException {
    Sql.bind(s, args);
  }

  private void update(String statement, Object... args) throws SQLException {
    sql.update(statement, args);
  }

  private int count(String query) throws SQLException {
    return sql.count(query);
  }

  /** The statements of the year's outcome (decisions, appeals, results) in this transaction. */
  public OutcomeTransaction outcome() {
    return new OutcomeTransaction(sql);
  }

  /** The statements of the expert review in this transaction. */
  public ReviewTransaction review() {
    return new ReviewTransaction(sql);
  }

  Dialect dialect() {
    return dialect;
  }
}
