package com.followup.campaign.ids;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Application-assigned ids, reserved from the database in blocks (hi/lo): batched and streamed
 * inserts need ids before the rows reach the database. Safe across instances; a block is taken in
 * its own short transaction, so a long upload never holds the sequence row.
 */
@Singleton
public class IdBlocks {

  private static final int BLOCK = 10_000;

  private final DataSource pool;
  private final Map<String, long[]> free = new HashMap<>();

  IdBlocks(DataSource dataSource) {
    this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /** Reserves {@code count} consecutive ids of a sequence and returns the first. */
  public synchronized long reserve(String sequence, int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive");
    }
    long[] range = free.get(sequence);
    if (range == null || range[1] - range[0] < count) {
      long first = takeFromDatabase(sequence, Math.max(count, BLOCK));
      range = new long[] {first, first + Math.max(count, BLOCK)};
      free.put(sequence, range);
    }
    long first = range[0];
    range[0] += count;
    return first;
  }

  private long takeFromDatabase(String sequence, int size) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        long first = lockedNext(c, sequence);
        try (PreparedStatement update =
            c.prepareStatement("UPDATE id_block SET next_value = ? WHERE name = ?")) {
          update.setLong(1, first + size);
          update.setString(2, sequence);
          update.executeUpdate();
        }
        c.commit();
        return first;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reserve ids for " + sequence, e);
    }
  }

  private static long lockedNext(Connection c, String sequence) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT next_value FROM id_block WHERE name = ? FOR UPDATE")) {
      select.setString(1, sequence);
      try (ResultSet row = select.executeQuery()) {
        if (row.next()) {
          return row.getLong(1);
        }
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO id_block (name, next_value) VALUES (?, 1)")) {
      insert.setString(1, sequence);
      insert.executeUpdate();
    } catch (SQLException raced) {
      // another instance created the sequence first: lock its row
      c.rollback();
      return lockedNext(c, sequence);
    }
    return 1;
  }
}
