package com.followup.dialer.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Marks the report roll-up's hour of an attempt stale, inside the transaction that changes the
 * attempt (or its call's outcome): a mark is committed with the change or not at all, so an hour
 * without a mark always holds what its raw rows say (see {@code report.AttemptRollup}).
 */
public final class StaleReportHours {

  private StaleReportHours() {}

  /** The hour of an attempt placed at {@code placedAt} is stale. */
  public static void mark(Connection c, Instant placedAt) throws SQLException {
    SqlStatements.update(
        c,
        "INSERT IGNORE INTO dialer_report_stale (hour_start) VALUES (?)",
        placedAt.truncatedTo(ChronoUnit.HOURS));
  }

  /** The hour of the stored attempt {@code attemptId} is stale. */
  public static void markAttempt(Connection c, long attemptId) throws SQLException {
    SqlStatements.update(
        c,
        "INSERT IGNORE INTO dialer_report_stale (hour_start) SELECT TIMESTAMPADD(HOUR,"
            + " HOUR(placed_at), CAST(CAST(placed_at AS DATE) AS DATETIME)) FROM call_attempt"
            + " WHERE id = ?",
        attemptId);
  }

  /**
   * The hour of the agent-time roll-up holding {@code startedAt} is stale: a state-log entry
   * starting then is written (it ends the entry before it, so changes no earlier hour that has
   * passed; see {@code agent.AgentTimeRollup}).
   */
  public static void markAgentTime(Connection c, Instant startedAt) throws SQLException {
    SqlStatements.update(
        c,
        "INSERT IGNORE INTO dialer_agent_time_stale (hour_start) VALUES (?)",
        startedAt.truncatedTo(ChronoUnit.HOURS));
  }
}
