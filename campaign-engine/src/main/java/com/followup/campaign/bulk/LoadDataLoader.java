package com.followup.campaign.bulk;

import com.mysql.cj.jdbc.JdbcStatement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
          .setLocalInfileInputStream(new ByteArrayInputStream((byte[]) rows.form()));
      return statement.executeUpdate(sql);
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
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void append(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
    } else if (value instanceof String string) {
      escape(text, string);
    } else if (value instanceof Long number) {
      text.append(number.longValue());
    } else if (value instanceof Integer number) {
      text.append(number.intValue());
    } else if (value instanceof Instant instant) {
      appendUtc(text, instant);
    } else {
      text.append(value);
    }
  }

  /** yyyy-MM-dd HH:mm:ss.SSS in UTC, without DateTimeFormatter's per-call cost. */
  static void appendUtc(StringBuilder text, Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    pad(text, t.getYear(), 4).append('-');
    pad(text, t.getMonthValue(), 2).append('-');
    pad(text, t.getDayOfMonth(), 2).append(' ');
    pad(text, t.getHour(), 2).append(':');
    pad(text, t.getMinute(), 2).append(':');
    pad(text, t.getSecond(), 2).append('.');
    pad(text, instant.getNano() / 1_000_000, 3);
  }

  private static StringBuilder pad(StringBuilder text, int value, int width) {
    for (int limit = 10, digits = 1; digits < width; limit *= 10, digits++) {
      if (value < limit) {
        text.append('0');
      }
    }
    return text.append(value);
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
