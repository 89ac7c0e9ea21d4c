package io.allianceeval.examples.db;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.review.Assignment;
import io.allianceeval.review.Round;
import io.allianceeval.review.ScoreEntry;
import io.allianceeval.year.SheetState;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The statements of the expert review inside one {@link YearStore} transaction: a year's panel,
 * its assignment of groups, its rounds, the experts' sheets and scores. Points are stored as whole
 * hundredths. Every value is bound as a parameter. Valid only inside the transaction that gave it.
 */
public final class ReviewTransaction {

  private final Sql sql;

  ReviewTransaction(Sql sql) {
    this.sql = sql;
  }

  // ---- the panel

  /** The panel of {@code year}, by expert id. */
  public List<StoredExpert> experts(int year) throws SQLException {
    Map<String, TreeSet<AllianceCode>> affiliations = new TreeMap<>();
    for (String[] a : sql.query("SELECT expert_id, code FROM expert_affiliation WHERE year = ?",
        rs -> new String[] {rs.getString(1), rs.getString(2)}, year)) {
      affiliations.computeIfAbsent(a[0], k -> new TreeSet<>()).add(AllianceCode.parse(a[1]));
    }
    return sql.query("SELECT id, name, panel_group, position, organisation, title, username"
        + " FROM expert WHERE year = ? ORDER BY id", rs -> new StoredExpert(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7),
            affiliations.getOrDefault(rs.getString(1), new TreeSet<>())), year);
  }

  /** The expert of {@code year} who logs in as {@code username}, if any. */
  public Optional<StoredExpert> expertOf(int year, String username) throws SQLException {
    return experts(year).stream().filter(e -> e.username().equals(username)).findFirst();
  }

  /**
   * Replaces the panel of {@code year} (and so its assignment) with {@code experts}; their
   * accounts exist.
   */
  public void replacePanel(int year, Collection<StoredExpert> experts) throws SQLException {
    sql.update("DELETE FROM assignment WHERE year = ?", year);
    sql.update("DELETE FROM expert_affiliation WHERE year = ?", year);
    sql.update("DELETE FROM expert WHERE year = ?", year);
    for (StoredExpert e : experts) {
      sql.update("INSERT INTO expert (year, id, name, panel_group, position, organisation, title,"
          + " username) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", year, e.id(), e.name(), e.group(),
          e.position(), e.organisation(), e.title(), e.username());
      for (AllianceCode code : e.affiliations()) {
        sql.update("INSERT INTO expert_affiliation (year, expert_id, code) VALUES (?, ?, ?)",
            year, e.id(), code.toString());
      }
    }
  }

  // ---- the assignment

  /** The groups of every assigned alliance of {@code year}, by code; empty before planning. */
  public SortedMap<AllianceCode, Assignment.Groups> assignment(int year) throws SQLException {
    SortedMap<AllianceCode, Assignment.Groups> map = new TreeMap<>();
    for (Object[] row : sql.query("SELECT code, round1_group, round2_group FROM assignment"
        + " WHERE year = ?", rs -> new Object[] {AllianceCode.parse(rs.getString(1)),
            new Assignment.Groups(rs.getString(2), rs.getString(3))}, year)) {
      map.put((AllianceCode) row[0], (Assignment.Groups) row[1]);
    }
    return map;
  }

  /** The minimum of eligible experts per alliance and group the assignment was planned with. */
  public Optional<Integer> minExperts(int year) throws SQLException {
    return sql.query("SELECT min_experts FROM evaluation_year WHERE year = ?"
        + " AND min_experts IS NOT NULL", rs -> rs.getInt(1), year).stream().findFirst();
  }

  /**
   * Replaces the assignment of {@code year}, planned with at least {@code minExperts} eligible
   * experts per alliance and group.
   */
  public void replaceAssignment(int year, Map<AllianceCode, Assignment.Groups> groups,
      int minExperts) throws SQLException {
    sql.update("UPDATE evaluation_year SET min_experts = ? WHERE year = ?", minExperts, year);
    sql.update("DELETE FROM assignment WHERE year = ?", year);
    for (Map.Entry<AllianceCode, Assignment.Groups> e : groups.entrySet()) {
      sql.update("INSERT INTO assignment (year, code, round1_group, round2_group)"
          + " VALUES (?, ?, ?, ?)", year, e.getKey().toString(), e.getValue().round1(),
          e.getValue().round2());
    }
  }

  // ---- rounds

  /** The rounds of {@code year} opened so far. */
  public Map<Round, RoundState> rounds(int year) throws SQLException {
    Map<Round, RoundState> map = new LinkedHashMap<>();
    for (RoundState r : sql.query("SELECT round, opened_at, due_at, closed_at, missing_reason"
        + " FROM review_round WHERE year = ? ORDER BY round", rs -> new RoundState(
            Round.of(rs.getInt(1)), Instant.parse(rs.getString(2)),
            Optional.ofNullable(rs.getString(3)).map(Instant::parse),
            Optional.ofNullable(rs.getString(4)).map(Instant::parse),
            Optional.ofNullable(rs.getString(5))), year)) {
      map.put(r.round(), r);
    }
    return map;
  }

  /** Records that {@code round} of {@code year} opened at {@code at}, with sheets due then. */
  public void openRound(int year, Round round, Instant at, Optional<Instant> due)
      throws SQLException {
    sql.update("INSERT INTO review_round (year, round, opened_at, due_at) VALUES (?, ?, ?, ?)",
        year, round.number(), at.toString(), due.map(Instant::toString).orElse(null));
  }

  /** Records that {@code round} closed at {@code at}, with who was missing and why, if anyone. */
  public void closeRound(int year, Round round, Instant at, Optional<String> missingReason)
      throws SQLException {
    sql.update("UPDATE review_round SET closed_at = ?, missing_reason = ? WHERE year = ?"
        + " AND round = ?", at.toString(), missingReason.orElse(null), year, round.number());
  }

  // ---- sheets and scores

  /** Every sheet of {@code round} in {@code year}, by expert id. */
  public Map<String, StoredSheet> sheets(int year, Round round) throws SQLException {
    Map<String, StoredSheet> map = new TreeMap<>();
    for (StoredSheet s : sql.query("SELECT expert_id, state, changed_at, reopened_because"
        + " FROM score_sheet WHERE year = ? AND round = ?", rs -> new StoredSheet(round,
            rs.getString(1), SheetState.valueOf(rs.getString(2)),
            Instant.parse(rs.getString(3)), Optional.ofNullable(rs.getString(4))),
        year, round.number())) {
      map.put(s.expertId(), s);
    }
    return map;
  }

  /** The sheet of {@code expertId} in {@code round}, if one was started. */
  public Optional<StoredSheet> sheet(int year, Round round, String expertId)
      throws SQLException {
    return Optional.ofNullable(sheets(year, round).get(expertId));
  }

  /** Stores a sheet's state, creating the sheet if need be. */
  public void putSheet(int year, StoredSheet sheet) throws SQLException {
    int changed = sql.update("UPDATE score_sheet SET state = ?, changed_at = ?,"
        + " reopened_because = ? WHERE year = ? AND round = ? AND expert_id = ?",
        sheet.state().name(), sheet.changedAt().toString(),
        sheet.reopenedBecause().orElse(null), year, sheet.round().number(), sheet.expertId());
    if (changed == 0) {
      sql.update("INSERT INTO score_sheet (year, round, expert_id, state, changed_at,"
          + " reopened_because) VALUES (?, ?, ?, ?, ?, ?)", year, sheet.round().number(),
          sheet.expertId(), sheet.state().name(), sheet.changedAt().toString(),
          sheet.reopenedBecause().orElse(null));
    }
  }

  /** Every score of {@code year}, in round, expert, alliance and indicator order. */
  public List<ScoreEntry> scores(int year) throws SQLException {
    return scores("WHERE year = ?", year);
  }

  /** The scores of one expert in one round, by alliance and indicator. */
  public List<ScoreEntry> scores(int year, Round round, String expertId) throws SQLException {
    return scores("WHERE year = ? AND round = ? AND expert_id = ?", year, round.number(),
        expertId);
  }

  private List<ScoreEntry> scores(String where, Object... args) throws SQLException {
    return sql.query("SELECT round, expert_id, code, indicator, points FROM score " + where
        + " ORDER BY round, expert_id, code, indicator", rs -> {
          Round round = Round.of(rs.getInt(1));
          AllianceCode code = AllianceCode.parse(rs.getString(3));
          Points points = Points.ofHundredths(rs.getLong(5));
          String indicator = rs.getString(4);
          return indicator.isEmpty() ? ScoreEntry.total(round, rs.getString(2), code, points)
              : ScoreEntry.indicator(round, rs.getString(2), code, indicator, points);
        }, args);
  }

  /**
   * Replaces the scores of one expert for one alliance in one round with {@code entries} (all of
   * that expert, alliance and round); the sheet exists.
   */
  public void replaceScores(int year, Round round, String expertId, AllianceCode code,
      List<ScoreEntry> entries) throws SQLException {
    sql.update("DELETE FROM score WHERE year = ? AND round = ? AND expert_id = ? AND code = ?",
        year, round.number(), expertId, code.toString());
    for (ScoreEntry e : entries) {
      if (e.round() != round || !e.expertId().equals(expertId) || !e.code().equals(code)) {
        throw new IllegalArgumentException("not a score of " + expertId + " for " + code
            + " in round " + round.number() + ": " + e);
      }
      sql.update("INSERT INTO score (year, round, expert_id, code, indicator, points)"
          + " VALUES (?, ?, ?, ?, ?, ?)", year, round.number(), expertId, code.toString(),
          e.indicator().orElse(""), e.points().toHundredths());
    }
  }
}
