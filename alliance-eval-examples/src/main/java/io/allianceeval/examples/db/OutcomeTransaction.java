package io.allianceeval.examples.db;

import io.allianceeval.model.Alliance;
import io.allianceeval.model.AllianceCode;
import io.allianceeval.model.Points;
import io.allianceeval.model.Tier;
import io.allianceeval.evaluation.PublishedResult;
import io.allianceeval.review.Decision;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The statements of a year's outcome inside one {@link YearStore} transaction: the collective
 * review's decisions, the appeals of publicity, and the results of every year — published by the
 * server or imported from an earlier year's score sheet. Points as whole hundredths; every value
 * bound as a parameter.
 */
public final class OutcomeTransaction {

  /** Where a stored year's results came from. */
  public enum Source {
    /** Published by this server at the end of the year. */
    PUBLISHED,
    /** Imported from a score sheet of an earlier year. */
    IMPORTED
  }

  /**
   * One year's results as stored.
   *
   * @param year the year
   * @param source where they came from
   * @param results the results, by code
   */
  public record YearResults(int year, Source source, List<PublishedResult> results) {
    /** Copies the list. */
    public YearResults {
      results = List.copyOf(results);
    }
  }

  private final Sql sql;

  OutcomeTransaction(Sql sql) {
    this.sql = sql;
  }

  // ---- decisions

  /** The collective review's decisions of {@code year}, by code. */
  public List<Decision> decisions(int year) throws SQLException {
    return sql.query("SELECT code, points, rationale, decided_by FROM decision WHERE year = ?"
        + " ORDER BY code", rs -> new Decision(AllianceCode.parse(rs.getString(1)),
            Points.ofHundredths(rs.getLong(2)), rs.getString(3), rs.getString(4)), year);
  }

  /** Records {@code decision}, replacing an earlier one of the same alliance. */
  public void putDecision(int year, Decision decision, Instant at) throws SQLException {
    sql.update("DELETE FROM decision WHERE year = ? AND code = ?", year,
        decision.code().toString());
    sql.update("INSERT INTO decision (year, code, points, rationale, decided_by, decided_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)", year, decision.code().toString(),
        decision.score().toHundredths(), decision.rationale(), decision.decidedBy(),
        at.toString());
  }

  // ---- appeals

  /** The appeals of {@code year}, by code. */
  public SortedMap<AllianceCode, StoredAppeal> appeals(int year) throws SQLException {
    SortedMap<AllianceCode, StoredAppeal> map = new TreeMap<>();
    for (StoredAppeal a : sql.query("SELECT code, reasons, filed_by, filed_at, upheld, points,"
        + " rationale, answered_by, answered_at FROM appeal WHERE year = ?",
        OutcomeTransaction::appeal, year)) {
      map.put(a.code(), a);
    }
    return map;
  }

  private static StoredAppeal appeal(ResultSet rs) throws SQLException {
    Optional<StoredAppeal.Answer> answer = Optional.empty();
    if (rs.getString(9) != null) {
      long points = rs.getLong(6);
      Optional<Points> score = rs.wasNull() ? Optional.empty()
          : Optional.of(Points.ofHundredths(points));
      answer = Optional.of(new StoredAppeal.Answer(rs.getInt(5) == 1, score, rs.getString(7),
          rs.getString(8), Instant.parse(rs.getString(9))));
    }
    return new StoredAppeal(AllianceCode.parse(rs.getString(1)), rs.getString(2),
        rs.getString(3), Instant.parse(rs.getString(4)), answer);
  }

  /** Files an appeal; false (and nothing stored) if the alliance has one already. */
  public boolean fileAppeal(int year, StoredAppeal appeal) throws SQLException {
    return sql.update("INSERT INTO appeal (year, code, reasons, filed_by, filed_at)"
        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (year, code) DO NOTHING", year,
        appeal.code().toString(), appeal.reasons(), appeal.filedBy(),
        appeal.filedAt().toString()) == 1;
  }

  /** Records the office's answer to the unanswered appeal of {@code code}; false if none. */
  public boolean answerAppeal(int year, AllianceCode code, StoredAppeal.Answer answer)
      throws SQLException {
    return sql.update("UPDATE appeal SET upheld = ?, points = ?, rationale = ?, answered_by = ?,"
        + " answered_at = ? WHERE year = ? AND code = ? AND answered_at IS NULL",
        answer.upheld() ? 1 : 0, answer.score().isPresent()
            ? (Object) answer.score().get().toHundredths() : new Sql.Null(java.sql.Types.BIGINT),
        answer.rationale(), answer.by(), answer.at().toString(), year, code.toString()) == 1;
  }

  // ---- results of every year

  /** One stored result with its year and source. */
  private record Row(int year, PublishedResult result, Source source) {}

  /** Every stored year's results, by year. */
  public SortedMap<Integer, YearResults> results() throws SQLException {
    SortedMap<Integer, List<Row>> rows = new TreeMap<>();
    for (Row row : sql.query("SELECT year, code, name, points, tier, source FROM year_result"
        + " ORDER BY year, code", rs -> {
          long p = rs.getLong(4);
          boolean scored = !rs.wasNull();
          Alliance a = Alliance.of(rs.getString(2), rs.getString(3));
          PublishedResult r = scored ? PublishedResult.scored(a, Points.ofHundredths(p))
              : PublishedResult.tierOnly(a, Tier.valueOf(rs.getString(5)));
          return new Row(rs.getInt(1), r, Source.valueOf(rs.getString(6)));
        })) {
      rows.computeIfAbsent(row.year(), y -> new ArrayList<>()).add(row);
    }
    SortedMap<Integer, YearResults> map = new TreeMap<>();
    rows.forEach((year, list) -> map.put(year, new YearResults(year, list.get(0).source(),
        list.stream().map(Row::result).toList())));
    return map;
  }

  /** Replaces the results of {@code year} with {@code results} from {@code source}. */
  public void putResults(int year, Source source, Collection<PublishedResult> results)
      throws SQLException {
    sql.update("DELETE FROM year_result WHERE year = ?", year);
    for (PublishedResult r : results) {
      sql.update("INSERT INTO year_result (year, code, name, points, tier, source)"
          + " VALUES (?, ?, ?, ?, ?, ?)", year, r.alliance().code().toString(),
          r.alliance().name(), r.score().isPresent() ? (Object) r.score().get().toHundredths()
              : new Sql.Null(java.sql.Types.BIGINT),
          r.score().isPresent() ? null : r.tier().map(Enum::name).orElse(null), source.name());
    }
  }
}
