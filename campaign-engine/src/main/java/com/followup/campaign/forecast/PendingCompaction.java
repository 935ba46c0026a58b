package com.followup.campaign.forecast;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.db.ReadCommitted;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds committed pending-hour deltas into {@code follow_up_pending} and deletes exactly those
 * deltas, in one transaction, as {@code ProgressCompaction} does for the dealers' progress: deltas
 * are claimed with {@code FOR UPDATE SKIP LOCKED} at READ COMMITTED (an upload's or a dispatch
 * batch's uncommitted deltas are passed over, never waited for), counts are written in key order,
 * and a count that falls to zero is deleted.
 */
@Singleton
public class PendingCompaction {

  /** Deltas one compaction folds at most. */
  public static final int BATCH = 5_000;

  private static final TransactionDefinition READ_COMMITTED = ReadCommitted.own();

  private final TransactionOperations<Connection> transactions;

  PendingCompaction(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** Folds up to {@code max} committed deltas, oldest first; returns how many. */
  public int compact(int max) {
    return transactions.execute(
        READ_COMMITTED,
        status -> {
          Connection c = status.getConnection();
          List<Long> ids = new ArrayList<>();
          Map<PendingKey, Long> sums = claim(c, max, ids);
          if (ids.isEmpty()) {
            return 0;
          }
          addTo(c, sums);
          delete(c, ids);
          return ids.size();
        });
  }

  private static Map<PendingKey, Long> claim(Connection c, int max, List<Long> ids)
      throws SQLException {
    Map<PendingKey, Long> sums = new TreeMap<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id, "
                + PendingHours.KEY
                + ", n FROM follow_up_pending_delta ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
      SqlValues.bindAll(select, max);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
          sums.merge(PendingKey.read(rows, 2), rows.getLong(12), Long::sum);
        }
      }
    }
    return sums;
  }

  private static void addTo(Connection c, Map<PendingKey, Long> sums) throws SQLException {
    List<Object[]> changed = new ArrayList<>();
    for (Map.Entry<PendingKey, Long> sum : sums.entrySet()) {
      if (sum.getValue() != 0) {
        Object[] key = sum.getKey().values();
        Object[] row = new Object[key.length + 2];
        System.arraycopy(key, 0, row, 0, key.length);
        row[key.length] = sum.getValue();
        row[key.length + 1] = sum.getValue();
        changed.add(row);
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO follow_up_pending ("
                + PendingHours.KEY
                + ", n) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE n = n + ?")) {
      for (Object[] row : changed) {
        SqlValues.bindAll(upsert, row);
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
    try (PreparedStatement emptied =
        c.prepareStatement(
            "DELETE FROM follow_up_pending WHERE status = ? AND wake_hour = ? AND campaign = ?"
                + " AND campaign_version = ? AND step = ? AND timezone = ? AND attempts = ?"
                + " AND next_hour = ? AND deadline_hour = ? AND deadline_on_hour = ? AND n = 0")) {
      for (Object[] row : changed) {
        SqlValues.bindAll(emptied, java.util.Arrays.copyOf(row, row.length - 2));
        emptied.addBatch();
      }
      emptied.executeBatch();
    }
  }

  private static void delete(Connection c, List<Long> ids) throws SQLException {
    int chunk = 1_000;
    for (int from = 0; from < ids.size(); from += chunk) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + chunk));
      try (PreparedStatement delete =
          c.prepareStatement(
              "DELETE FROM follow_up_pending_delta WHERE id IN ("
                  + String.join(", ", Collections.nCopies(part.size(), "?"))
                  + ")")) {
        SqlValues.bindAll(delete, part.toArray());
        delete.executeUpdate();
      }
    }
  }
}
