package com.followup.campaign.progress;

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
 * Folds committed progress deltas into the compacted counts and deletes exactly those deltas, in
 * one transaction. Deltas are claimed with {@code FOR UPDATE SKIP LOCKED} at READ COMMITTED:
 * uncommitted ones (an upload still running) are passed over rather than waited for, no gap is
 * locked (the dispatcher's appends never wait), and two compactions never fold one delta twice. The
 * compacted counts are written only here, in key order.
 */
@Singleton
public class ProgressCompaction {

  /** Deltas one compaction folds at most. */
  public static final int BATCH = 5_000;

  private static final TransactionDefinition READ_COMMITTED = ReadCommitted.own();

  private final TransactionOperations<Connection> transactions;

  ProgressCompaction(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  private record Key(String dealer, String campaign, int step, String status, int late)
      implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = dealer.compareTo(o.dealer);
      c = c != 0 ? c : campaign.compareTo(o.campaign);
      c = c != 0 ? c : Integer.compare(step, o.step);
      c = c != 0 ? c : status.compareTo(o.status);
      return c != 0 ? c : Integer.compare(late, o.late);
    }
  }

  /** Folds up to {@code max} committed deltas, oldest first; returns how many. */
  public int compact(int max) {
    return fold(null, max);
  }

  /** Folds up to {@code max} committed deltas of one dealer; returns how many. */
  public int compact(String dealerCode, int max) {
    return fold(dealerCode, max);
  }

  private int fold(String dealerCode, int max) {
    return transactions.execute(
        READ_COMMITTED,
        status -> {
          Connection c = status.getConnection();
          List<Long> ids = new ArrayList<>();
          Map<Key, Long> sums = claim(c, dealerCode, max, ids);
          if (ids.isEmpty()) {
            return 0;
          }
          addTo(c, sums);
          delete(c, ids);
          return ids.size();
        });
  }

  private static Map<Key, Long> claim(Connection c, String dealerCode, int max, List<Long> ids)
      throws SQLException {
    Map<Key, Long> sums = new TreeMap<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id, dealer_code, campaign, step, from_status, from_late, to_status, to_late, n"
                + " FROM follow_up_progress_delta"
                + (dealerCode == null ? "" : " WHERE dealer_code = ?")
                + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
      if (dealerCode == null) {
        SqlValues.bindAll(select, max);
      } else {
        SqlValues.bindAll(select, dealerCode, max);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
          String dealer = rows.getString(2);
          String campaign = rows.getString(3);
          int step = rows.getInt(4);
          long n = rows.getLong(9);
          String from = rows.getString(5);
          if (from != null) {
            sums.merge(new Key(dealer, campaign, step, from, rows.getInt(6)), -n, Long::sum);
          }
          String to = rows.getString(7);
          if (to != null) {
            sums.merge(new Key(dealer, campaign, step, to, rows.getInt(8)), n, Long::sum);
          }
        }
      }
    }
    return sums;
  }

  private static void addTo(Connection c, Map<Key, Long> sums) throws SQLException {
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO follow_up_progress (dealer_code, campaign, step, status, late, n)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE n = n + ?")) {
      int batched = 0;
      for (Map.Entry<Key, Long> sum : sums.entrySet()) {
        if (sum.getValue() == 0) {
          continue;
        }
        Key k = sum.getKey();
        SqlValues.bindAll(
            upsert,
            k.dealer(),
            k.campaign(),
            k.step(),
            k.status(),
            k.late(),
            sum.getValue(),
            sum.getValue());
        upsert.addBatch();
        batched++;
      }
      if (batched > 0) {
        upsert.executeBatch();
      }
    }
  }

  private static void delete(Connection c, List<Long> ids) throws SQLException {
    int chunk = 1_000;
    for (int from = 0; from < ids.size(); from += chunk) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + chunk));
      try (PreparedStatement delete =
          c.prepareStatement(
              "DELETE FROM follow_up_progress_delta WHERE id IN ("
                  + String.join(", ", Collections.nCopies(part.size(), "?"))
                  + ")")) {
        SqlValues.bindAll(delete, part.toArray());
        delete.executeUpdate();
      }
    }
  }
}
