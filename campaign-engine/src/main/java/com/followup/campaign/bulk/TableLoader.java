package com.followup.campaign.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Appends rows to a table inside the caller's transaction, as fast as the database allows. Values
 * are String, Long, Integer, java.time.Instant (stored as UTC) or null. Encoding is separate from
 * inserting so it can run on the parser's thread while the writer waits on the database.
 */
public interface TableLoader {

  /** Rows in the form the loader sends them. */
  record Encoded(int size, Object form) {}

  Encoded encode(List<Object[]> rows);

  /** {@link #insertNew}'s answer when the database cannot tell how many rows it inserted. */
  int UNKNOWN = -1;

  /**
   * Inserts the rows; a row whose unique key is already taken is skipped.
   *
   * @return how many rows were inserted, or {@link #UNKNOWN}
   */
  int insertNew(Connection connection, String table, List<String> columns, Encoded rows)
      throws SQLException;

  /** Inserts every row, or fails. */
  default void insertAll(
      Connection connection, String table, List<String> columns, List<Object[]> rows)
      throws SQLException {
    insertAll(connection, table, columns, encode(rows));
  }

  /** Inserts every row, or fails. */
  default void insertAll(Connection connection, String table, List<String> columns, Encoded rows)
      throws SQLException {
    int inserted = insertNew(connection, table, columns, rows);
    if (inserted != rows.size()) {
      throw new SQLException("stored " + inserted + " of " + rows.size() + " rows in " + table);
    }
  }
}
