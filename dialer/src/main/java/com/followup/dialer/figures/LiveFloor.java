package com.followup.dialer.figures;

import static com.followup.dialer.db.SqlStatements.first;
import static com.followup.dialer.db.SqlStatements.list;

import com.followup.campaign.bulk.SqlValues;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reads the floor for a wallboard in two statements: the logged-in agents (a small table), and one
 * range of {@code call_attempt} by its placed-at index from the day's start (or two hours back, for
 * calls still open from before midnight).
 */
@Singleton
public class LiveFloor {

  private static final Duration OPEN_CALLS = Duration.ofHours(2);

  private final TransactionOperations<Connection> transactions;

  LiveFloor(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** The floor at {@code now}, today's figures from {@code dayStart}. */
  public FloorNow at(Instant now, Instant dayStart) {
    Instant from = dayStart.isBefore(now.minus(OPEN_CALLS)) ? dayStart : now.minus(OPEN_CALLS);
    return transactions.executeRead(
        s -> {
          Connection c = s.getConnection();
          List<FloorNow.AgentNow> agents =
              list(
                  c,
                  "SELECT username, state, state_since, pause_reason, campaign FROM dialer_agent"
                      + " WHERE state <> 'OFFLINE' ORDER BY state, state_since",
                  row ->
                      new FloorNow.AgentNow(
                          row.getString(1),
                          row.getString(2),
                          SqlValues.instant(row, 3),
                          row.getString(4),
                          row.getString(5)));
          return first(
              c,
              "SELECT"
                  + " COALESCE(SUM(CASE WHEN ended_at IS NULL AND stage < 3 THEN 1 ELSE 0 END), 0),"
                  + " COALESCE(SUM(CASE WHEN ended_at IS NULL AND stage = 3 THEN 1 ELSE 0 END), 0),"
                  + " COALESCE(SUM(CASE WHEN placed_at >= ? THEN 1 ELSE 0 END), 0),"
                  + " COALESCE(SUM(CASE WHEN placed_at >= ? THEN 1 ELSE 0 END), 0),"
                  + " COALESCE(SUM(CASE WHEN placed_at >= ? AND amd_result = 'PERSON'"
                  + " THEN 1 ELSE 0 END), 0),"
                  + " COALESCE(SUM(CASE WHEN placed_at >= ? AND amd_result = 'MACHINE'"
                  + " THEN 1 ELSE 0 END), 0),"
                  + " COALESCE(SUM(CASE WHEN placed_at >= ? AND abandoned_at IS NOT NULL"
                  + " THEN 1 ELSE 0 END), 0)"
                  + " FROM call_attempt WHERE placed_at >= ?",
              row ->
                  new FloorNow(
                      now,
                      agents,
                      row.getLong(1),
                      row.getLong(2),
                      row.getLong(3),
                      row.getLong(4),
                      row.getLong(5),
                      row.getLong(6),
                      row.getLong(7)),
              now.minus(Duration.ofMinutes(1)),
              dayStart,
              dayStart,
              dayStart,
              dayStart,
              from);
        });
  }
}
