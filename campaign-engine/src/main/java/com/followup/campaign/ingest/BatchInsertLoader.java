package com.followup.campaign.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/** Batched INSERT IGNOREs: for H2 and for servers that refuse LOAD DATA LOCAL. */
final class BatchInsertLoader implements TableLoader {

  @Override
  public Encoded encode(List<Object[]> rows) {
    return new Encoded(rows.size(), rows);
  }

  @Override
  @SuppressWarnings("unchecked")
  public int insertNew(Connection connection, String table, List<String> columns, Encoded rows)
      throws SQLException {
    if (rows.size() == 0) {
      return 0;
    }
    String sql =
        "INSERT IGNORE INTO "
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
      int inserted = 0;
      for (int count : insert.executeBatch()) {
        inserted += Math.max(count, 0);
      }
      return inserted;
    }
  }

  static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else if (value instanceof Instant instant) {
      statement.setTimestamp(index, Timestamp.from(instant));
    } else {
      statement.setObject(index, value);
    }
  }
}
