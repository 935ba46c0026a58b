package com.followup.campaign.progress;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dealer's follow-up progress: per campaign and step, how many follow-ups are in each status.
 * Read from the compacted counts plus the dealer's deltas not yet folded into them, in one
 * statement (one consistent snapshot, so a compaction committing meanwhile is seen whole or not at
 * all): a few dozen rows however many follow-ups the dealer has. An upload still being written is
 * not counted until it commits, like its follow-ups.
 */
@Singleton
public class FollowUpProgress {

  /** Past this many uncompacted deltas of one dealer, a read folds them in (for the next read). */
  static final int FOLD_ON_READ = 2_000;

  private static final String READ =
      "SELECT campaign, step, status, late, SUM(n), SUM(d) FROM ("
          + "SELECT campaign, step, status, late, n, 0 AS d FROM follow_up_progress"
          + " WHERE dealer_code = ?"
          + " UNION ALL SELECT campaign, step, to_status, to_late, n, 1 FROM"
          + " follow_up_progress_delta WHERE dealer_code = ? AND to_status IS NOT NULL"
          + " UNION ALL SELECT campaign, step, from_status, from_late, -n, 1 FROM"
          + " follow_up_progress_delta WHERE dealer_code = ? AND from_status IS NOT NULL"
          + ") p GROUP BY campaign, step, status, late";

  private final TransactionOperations<Connection> transactions;
  private final ProgressCompaction compaction;

  FollowUpProgress(TransactionOperations<Connection> transactions, ProgressCompaction compaction) {
    this.transactions = transactions;
    this.compaction = compaction;
  }

  /** The dealer's steps with any follow-up, by campaign and step; empty for an unknown dealer. */
  public List<StepProgress> of(String dealerCode) {
    Map<String, StepProgress> steps = new TreeMap<>();
    long deltas =
        transactions.executeRead(
            status -> {
              try (PreparedStatement select = status.getConnection().prepareStatement(READ)) {
                select.setString(1, dealerCode);
                select.setString(2, dealerCode);
                select.setString(3, dealerCode);
                return sum(select, steps);
              }
            });
    if (deltas > FOLD_ON_READ) {
      compaction.compact(dealerCode, ProgressCompaction.BATCH);
    }
    return new ArrayList<>(steps.values().stream().filter(s -> s.total() > 0).toList());
  }

  private static long sum(PreparedStatement select, Map<String, StepProgress> steps)
      throws SQLException {
    long deltas = 0;
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String campaign = rows.getString(1);
        int step = rows.getInt(2);
        long n = rows.getLong(5);
        deltas += rows.getLong(6);
        // campaign codes are short: pad the step so keys sort by campaign, then step number
        String key = campaign + "\u0000" + String.format("%09d", step);
        StepProgress sums = steps.getOrDefault(key, StepProgress.none(campaign, step));
        steps.put(key, sums.plus(rows.getString(3), rows.getInt(4) == 1, n));
      }
    }
    return deltas;
  }
}
