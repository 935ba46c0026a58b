package com.followup.campaign.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

/** Batched INSERT IGNOREs: for H2 and for servers that refuse LOAD DATA LOCAL. */
public final class BatchInsertLoader implements TableLoader {

  @Override
  public Encoded encode(List<Object[]> rows) {
    return new Encoded(rows.size(), rows);
  }

  /**
   * {@inheritDoc} With {@code rewriteBatchedStatements} the driver cannot tell how many rows a
   * rewritten batch inserted: then {@link #UNKNOWN}, and the caller reads back what is stored.
   */
  @Override
  public int insertNew(Connection connection, String table, List<String> columns, Encoded rows)
      throws SQLException {
    int inserted = 0;
    for (int count : execute(connection, "INSERT IGNORE INTO ", table, columns, rows)) {
      if (count == Statement.SUCCESS_NO_INFO) {
        return UNKNOWN;
      }
      inserted += Math.max(count, 0);
    }
    return inserted;
  }

  /** Plain INSERTs: a taken key fails the batch instead of being skipped unseen. */
  @Override
  public void insertAll(Connection connection, String table, List<String> columns, Encoded rows)
      throws SQLException {
    execute(connection, "INSERT INTO ", table, columns, rows);
  }

  @SuppressWarnings("unchecked")
  private static int[] execute(
      Connection connection, String verb, String table, List<String> columns, Encoded rows)
      throws SQLException {
    if (rows.size() == 0) {
      return new int[0];
    }
    String sql =
        verb
            + table
            + " ("
            + String.join(", ", columns)
            + ") VALUES ("
            + String.join(", ", Collections.nCopies(columns.size(), "?"))
            + ")";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (Object[] row : (List<Object[]>) rows.form()) {
        for (int i = 0; i < row.length; i++) {
          bind(insert, i + 1, row[i]);
        }
        insert.addBatch();
      }
      return insert.executeBatch();
    }
  }

  /** Binds a value of the kinds a {@link TableLoader} takes. */
  public static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
    SqlValues.bind(statement, index, value);
  }
}
