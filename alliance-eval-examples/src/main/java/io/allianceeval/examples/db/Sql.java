package io.allianceeval.examples.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameterised statements on one connection: every value is bound, never written into the SQL.
 * Valid only inside the transaction that owns the connection.
 */
final class Sql {

  /** Reads one row into a value. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** A typed SQL NULL for {@link #bind}. */
  record Null(int type) {}

  private final Connection c;

  Sql(Connection c) {
    this.c = c;
  }

  Connection connection() {
    return c;
  }

  /** Binds {@code args} in order: null, a typed {@link Null}, bytes, int, long or text. */
  static void bind(PreparedStatement s, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof Null n) {
        s.setNull(i + 1, n.type());
      } else if (a == null) {
        s.setNull(i + 1, Types.VARCHAR);
      } else if (a instanceof byte[] b) {
        s.setBytes(i + 1, b);
      } else if (a instanceof Integer n) {
        s.setInt(i + 1, n);
      } else if (a instanceof Long n) {
        s.setLong(i + 1, n);
      } else {
        s.setString(i + 1, a.toString());
      }
    }
  }

  /** Runs an INSERT, UPDATE or DELETE; the rows it changed. */
  int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      return s.executeUpdate();
    }
  }

  /** Every row of a query, read by {@code row}. */
  <T> List<T> query(String sql, Row<T> row, Object... args) throws SQLException {
    List<T> list = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          list.add(row.read(rs));
        }
      }
    }
    return list;
  }

  /** The first column of the first row as a count (0 without rows). */
  int count(String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }
}
