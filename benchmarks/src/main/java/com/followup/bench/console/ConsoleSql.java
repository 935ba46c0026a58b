package com.followup.bench.console;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The SQL behind the two pages, run bare over JDBC (one round trip each on localhost), with the
 * statements copied from the app: the progress rollup read of {@code FollowUpProgress}, the naive
 * GROUP BY over follow_up it replaces, and the call page's reads (the agent's row, its call's row,
 * the earlier calls to the same phone from {@code ContactHistory}).
 */
final class ConsoleSql {

  /** {@code FollowUpProgress.READ}: the compacted counts plus the dealer's unfolded deltas. */
  static final String PROGRESS_ROLLUP =
      "SELECT campaign, step, status, late, SUM(n), SUM(d) FROM ("
          + "SELECT campaign, step, status, late, n, 0 AS d FROM follow_up_progress"
          + " WHERE dealer_code = ?"
          + " UNION ALL SELECT campaign, step, to_status, to_late, n, 1 FROM"
          + " follow_up_progress_delta WHERE dealer_code = ? AND to_status IS NOT NULL"
          + " UNION ALL SELECT campaign, step, from_status, from_late, -n, 1 FROM"
          + " follow_up_progress_delta WHERE dealer_code = ? AND from_status IS NOT NULL"
          + ") p GROUP BY campaign, step, status, late";

  static final String NAIVE_GROUP_BY =
      "SELECT campaign, step, status, COUNT(*) FROM follow_up WHERE dealer_code = ?"
          + " GROUP BY campaign, step, status";

  static final String AGENT = "SELECT * FROM dialer_agent WHERE username = ?";
  static final String CALL = "SELECT * FROM dialer_call WHERE attempt_id = ?";

  /** {@code ContactHistory.EARLIER}: the 20 newest earlier calls to the call's phone. */
  static final String HISTORY =
      "SELECT d.attempt_id, d.follow_up_id, d.campaign, d.details, d.created_at, d.agent,"
          + " d.outcome, d.satisfied, d.notes, a.placed_at, a.talk_seconds"
          + " FROM dialer_call d LEFT JOIN call_attempt a ON a.id = d.attempt_id"
          + " WHERE d.phone = (SELECT phone FROM dialer_call WHERE attempt_id = ?)"
          + " AND d.attempt_id <> ?"
          + " AND d.created_at <= (SELECT created_at FROM dialer_call WHERE attempt_id = ?)"
          + " ORDER BY d.created_at DESC, d.attempt_id DESC LIMIT 20";

  private final Connection db;

  ConsoleSql(Connection db) {
    this.db = db;
  }

  int progressRollup(String dealer) throws SQLException {
    return rows(PROGRESS_ROLLUP, dealer, dealer, dealer);
  }

  int naiveGroupBy(String dealer) throws SQLException {
    return rows(NAIVE_GROUP_BY, dealer);
  }

  /** The agent's row, its call's row and the call's history: the reads of the call page. */
  int callPage(String agent, long attemptId) throws SQLException {
    return rows(AGENT, agent) + rows(CALL, attemptId) + history(attemptId);
  }

  int history(long attemptId) throws SQLException {
    return rows(HISTORY, attemptId, attemptId, attemptId);
  }

  /** The attempt the agent holds, from its row. */
  long heldAttempt(String agent) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement("SELECT attempt_id FROM dialer_agent WHERE username = ?")) {
      select.setString(1, agent);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next() || row.getObject(1) == null) {
          throw new IllegalStateException(agent + " holds no call");
        }
        return row.getLong(1);
      }
    }
  }

  private int rows(String sql, Object... parameters) throws SQLException {
    int rows = 0;
    try (PreparedStatement select = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows++;
        }
      }
    }
    return rows;
  }
}
