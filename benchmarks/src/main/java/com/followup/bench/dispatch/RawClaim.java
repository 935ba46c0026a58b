package com.followup.bench.dispatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ceiling: the bare claim on the same table and index, without gate, history or hand-off —
 * select a batch with {@code FOR UPDATE SKIP LOCKED}, mark it released, commit.
 */
final class RawClaim {

  private RawClaim() {}

  /** Claims until nothing is due at {@code now}; returns rows per second. */
  static double drain(Connection db, Instant now, int batch) throws SQLException {
    db.setAutoCommit(false);
    long claimed = 0;
    long start = System.nanoTime();
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT id FROM follow_up WHERE wake_at <= ? ORDER BY wake_at LIMIT ?"
                + " FOR UPDATE SKIP LOCKED")) {
      while (true) {
        select.setString(1, DispatchSeed.UTC.format(now));
        select.setInt(2, batch);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
          }
        }
        if (ids.isEmpty()) {
          db.commit();
          break;
        }
        try (PreparedStatement release =
            db.prepareStatement(
                "UPDATE follow_up SET status = 'DUE', wake_at = deadline WHERE id IN ("
                    + String.join(", ", Collections.nCopies(ids.size(), "?"))
                    + ")")) {
          for (int i = 0; i < ids.size(); i++) {
            release.setLong(i + 1, ids.get(i));
          }
          release.executeUpdate();
        }
        db.commit();
        claimed += ids.size();
      }
    } finally {
      db.setAutoCommit(true);
    }
    return claimed / ((System.nanoTime() - start) / 1e9);
  }
}
