package com.followup.dialer.figures;

import static com.followup.dialer.db.SqlStatements.first;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;

/** The dialer's answer to "what did calling look like": measured from its own attempts. */
@Singleton
public class MeasuredCalls {

  private final TransactionOperations<Connection> transactions;

  MeasuredCalls(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** Dials, person answers and handle time of the attempts placed in [from, until). */
  public CallMeasures between(Instant from, Instant until) {
    return transactions.executeRead(
        s ->
            first(
                s.getConnection(),
                "SELECT COUNT(*),"
                    + " COALESCE(SUM(CASE WHEN amd_result = 'PERSON' THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN talk_seconds > 0 THEN 1 ELSE 0 END), 0),"
                    + " AVG(CASE WHEN talk_seconds > 0"
                    + " THEN talk_seconds + COALESCE(wrap_up_seconds, 0) END)"
                    + " FROM call_attempt WHERE placed_at >= ? AND placed_at < ?",
                row -> {
                  double handle = row.getDouble(4);
                  return new CallMeasures(
                      from,
                      until,
                      row.getLong(1),
                      row.getLong(2),
                      row.getLong(3),
                      row.wasNull() ? null : handle);
                },
                from,
                until));
  }
}
