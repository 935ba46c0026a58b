package com.followup.campaign.bulk;

import com.mysql.cj.jdbc.JdbcStatement;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Streams rows to MySQL/MariaDB with LOAD DATA LOCAL INFILE from memory: the server's own bulk
 * path, several times faster than batched INSERTs. LOAD DATA LOCAL turns errors into warnings, so
 * the row count is checked and a short load fails the transaction.
 */
final class LoadDataLoader implements TableLoader {

  @Override
  public Encoded encode(List<Object[]> rows) {
    return new Encoded(rows.size(), tsv(rows));
  }

  @Override
  public int insertNew(Connection connection, String table, List<String> columns, Encoded rows)
      throws SQLException {
    if (rows.size() == 0) {
      return 0;
    }
    TsvBytes tsv = (TsvBytes) rows.form();
    String sql =
        "LOAD DATA LOCAL INFILE 'rows.tsv' IGNORE INTO TABLE "
            + table
            + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
            + " LINES TERMINATED BY '\\n' ("
            + String.join(", ", columns)
            + ")";
    try (Statement statement = connection.createStatement()) {
      statement
          .unwrap(JdbcStatement.class)
          .setLocalInfileInputStream(new ByteArrayInputStream(tsv.array(), 0, tsv.size()));
      return statement.executeUpdate(sql);
    }
  }

  private static TsvBytes tsv(List<Object[]> rows) {
    TsvBytes tsv = new TsvBytes(rows.size() * 160);
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          tsv.tab();
        }
        append(tsv, row[i]);
      }
      tsv.newline();
    }
    return tsv;
  }

  private static void append(TsvBytes tsv, Object value) {
    if (value == null) {
      tsv.nullValue();
    } else if (value instanceof String string) {
      tsv.text(string);
    } else if (value instanceof Long number) {
      tsv.number(number);
    } else if (value instanceof Integer number) {
      tsv.number(number);
    } else if (value instanceof Instant instant) {
      tsv.utc(instant);
    } else {
      tsv.text(value.toString());
    }
  }
}
