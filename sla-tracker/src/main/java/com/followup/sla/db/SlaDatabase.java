package com.followup.sla.db;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL on the SLA tracker's tables, on the connection of the caller's transaction: the
 * statements the tracker needs (conditional updates, row claims) read best as SQL.
 */
@Singleton
public class SlaDatabase {

  /** Reads one row into a value. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private static final DateTimeFormatter UTC_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private final JdbcOperations jdbc;

  SlaDatabase(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          bind(statement, params);
          List<T> rows = new ArrayList<>();
          try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
              rows.add(mapper.map(result));
            }
          }
          return rows;
        });
  }

  public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
    return query(sql, mapper, params).stream().findFirst();
  }

  public int update(String sql, Object... params) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          bind(statement, params);
          return statement.executeUpdate();
        });
  }

  /** Runs one statement for every parameter row, batched; returns each row's update count. */
  public int[] batch(String sql, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return new int[0];
    }
    return jdbc.prepareStatement(
        sql,
        statement -> {
          for (Object[] row : rows) {
            bind(statement, row);
            statement.addBatch();
          }
          return statement.executeBatch();
        });
  }

  /** Inserts one row and returns its AUTO_INCREMENT id. */
  public long insert(String sql, Object... params) {
    return jdbc.execute(
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, params);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }

  /** A nullable instant column (UTC wall-clock time in a DATETIME(3)). */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    LocalDateTime value = row.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  /** A nullable BIGINT column. */
  public static Long nullableLong(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object value = params[i];
      if (value == null) {
        statement.setNull(i + 1, Types.NULL);
      } else if (value instanceof Instant instant) {
        // as text: Connector/J drops the milliseconds of a Timestamp on MariaDB, whose handshake
        // announces version 5.5.5 (before fractional seconds)
        statement.setString(i + 1, UTC_MILLIS.format(instant));
      } else if (value instanceof Enum<?> name) {
        statement.setString(i + 1, name.name());
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }
}
