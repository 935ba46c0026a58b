package com.followup.campaign.bulk;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the campaign engine stores values: instants as UTC wall-clock time with milliseconds in
 * {@code DATETIME(3)} columns, the same on MySQL/MariaDB (where LOAD DATA writes the same text) and
 * on H2, whatever the JVM's zone.
 */
public final class SqlValues {

  private static final DateTimeFormatter UTC_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private SqlValues() {}

  /**
   * Binds a value; instants as text, because Connector/J drops a Timestamp's milliseconds on
   * MariaDB.
   */
  public static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else if (value instanceof Instant instant) {
      statement.setString(index, UTC_MILLIS.format(instant));
    } else if (value instanceof LocalDate date) {
      statement.setString(index, date.toString());
    } else if (value instanceof Enum<?> name) {
      statement.setString(index, name.name());
    } else {
      statement.setObject(index, value);
    }
  }

  /** Binds every value in order, from parameter 1. */
  public static void bindAll(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      bind(statement, i + 1, values[i]);
    }
  }

  /** A nullable instant column. */
  public static Instant instant(ResultSet row, int column) throws SQLException {
    LocalDateTime value = row.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  /** A nullable instant column, by name. */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    LocalDateTime value = row.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
