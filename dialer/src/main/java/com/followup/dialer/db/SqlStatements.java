package com.followup.dialer.db;

import com.followup.campaign.bulk.SqlValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Short JDBC statements of the dialer's own tables, with values bound the campaign engine's way.
 */
public final class SqlStatements {

  /** Reads one row. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private SqlStatements() {}

  /** Runs an INSERT, UPDATE or DELETE; returns the number of rows it changed. */
  public static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      SqlValues.bindAll(statement, values);
      return statement.executeUpdate();
    }
  }

  /** Runs a query and reads every row. */
  public static <T> List<T> list(Connection c, String sql, RowReader<T> reader, Object... values)
      throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      SqlValues.bindAll(statement, values);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> read = new ArrayList<>();
        while (rows.next()) {
          read.add(reader.read(rows));
        }
        return read;
      }
    }
  }

  /** Runs a query and reads its first row, or null when it has none. */
  public static <T> T first(Connection c, String sql, RowReader<T> reader, Object... values)
      throws SQLException {
    List<T> rows = list(c, sql, reader, values);
    return rows.isEmpty() ? null : rows.get(0);
  }
}
