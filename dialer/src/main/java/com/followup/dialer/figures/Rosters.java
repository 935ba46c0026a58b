package com.followup.dialer.figures;

import static com.followup.dialer.db.SqlStatements.first;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;

/** Who is and was on the floor, from the agents and their state log. */
@Singleton
public class Rosters {

  private final TransactionOperations<Connection> transactions;

  Rosters(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** The roster of the day that began at {@code dayStart}. */
  public Roster since(Instant dayStart) {
    return transactions.executeRead(
        s ->
            first(
                s.getConnection(),
                "SELECT COALESCE(SUM(CASE WHEN a.state <> 'OFFLINE' THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN a.state <> 'OFFLINE' OR EXISTS (SELECT 1 FROM"
                    + " dialer_agent_state_log l WHERE l.username = a.username"
                    + " AND l.started_at >= ? AND l.state <> 'OFFLINE') THEN 1 ELSE 0 END), 0),"
                    + " COUNT(*) FROM dialer_agent a",
                row -> new Roster(row.getInt(1), row.getInt(2), row.getInt(3)),
                dayStart));
  }
}
