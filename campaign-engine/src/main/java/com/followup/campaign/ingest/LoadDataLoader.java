package com.followup.campaign.ingest;

import com.mysql.cj.jdbc.JdbcStatement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Streams rows to MySQL/MariaDB with LOAD DATA LOCAL INFILE from memory: the server's own bulk
 * path, several times faster than batched INSERTs. LOAD DATA LOCAL turns errors into warnings, so
 * the row count is checked and a short load fails the transaction.
 */
final class LoadDataLoader implements TableLoader {

  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  @Override
  public void load(Connection connection, String table, List<String> columns, List<Object[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    String sql =
        "LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE "
            + table
            + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
            + " LINES TERMINATED BY '\\n' ("
            + String.join(", ", columns)
            + ")";
    try (Statement statement = connection.createStatement()) {
      statement
          .unwrap(JdbcStatement.class)
          .setLocalInfileInputStream(new ByteArrayInputStream(tsv(rows)));
      int loaded = statement.executeUpdate(sql);
      if (loaded != rows.size()) {
        throw new SQLException(
            "LOAD DATA into " + table + " stored " + loaded + " of " + rows.size() + " rows");
      }
    }
  }

  private static byte[] tsv(List<Object[]> rows) {
    StringBuilder text = new StringBuilder(rows.size() * 160);
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        append(text, row[i]);
      }
      text.append('\n');
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 64);
    out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void append(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
    } else if (value instanceof Instant instant) {
      DATETIME.formatTo(instant, text);
    } else if (value instanceof String string) {
      escape(text, string);
    } else {
      text.append(value);
    }
  }

  private static void escape(StringBuilder text, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\0' -> text.append("\\0");
        default -> text.append(c);
      }
    }
  }
}
