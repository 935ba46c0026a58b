package com.followup.dialer.report;

import static com.followup.dialer.db.SqlStatements.list;

import com.followup.dialer.agent.AgentStateLog;
import com.followup.dialer.agent.StateTimes;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The dialer's figures for reports: attempts per UTC hour, campaign and agent, and agents' time in
 * each state. Hours the roll-up holds are read from it; hours it does not hold yet (or whose rows
 * changed since) are rolled up first, so the answer always equals the raw rows'.
 */
@Singleton
public class DialerReports {

  private final TransactionOperations<Connection> transactions;
  private final AgentStateLog log;
  private final AttemptRollup rollup;

  DialerReports(
      TransactionOperations<Connection> transactions, AgentStateLog log, AttemptRollup rollup) {
    this.transactions = transactions;
    this.log = log;
    this.rollup = rollup;
  }

  /** Attempts placed in [from, to), both on whole UTC hours, per hour, campaign and agent. */
  public List<AttemptHour> attempts(Instant from, Instant to) {
    rollup.refresh(from, to);
    return transactions.executeRead(
        s ->
            list(
                s.getConnection(),
                "SELECT hour_start AS h, campaign, agent, dials, connects, machines, abandoned,"
                    + " right_party, handled, talk_seconds, wrap_up_seconds, completed, satisfied"
                    + " FROM dialer_report_hour WHERE hour_start >= ? AND hour_start < ?",
                DialerReports::read,
                from,
                to));
  }

  /** The same figures as {@link #attempts} by a GROUP BY over the raw rows (no roll-up). */
  public List<AttemptHour> attemptsFromRawRows(Instant from, Instant to) {
    return transactions.executeRead(
        s ->
            list(
                s.getConnection(),
                AttemptRollup.RAW + " GROUP BY h, a.campaign, a.agent",
                DialerReports::read,
                from,
                to));
  }

  /** Every agent's time per state in [from, to) (pass now as {@code to} for a running period). */
  public Map<String, StateTimes> agentTime(Instant from, Instant to) {
    return log.timeInState(from, to);
  }

  private static String agent(String stored) {
    return stored == null || stored.isEmpty() ? null : stored;
  }

  static AttemptHour read(ResultSet row) throws SQLException {
    return new AttemptHour(
        row.getObject("h", LocalDateTime.class).toInstant(ZoneOffset.UTC),
        row.getString("campaign"),
        agent(row.getString("agent")),
        row.getLong("dials"),
        row.getLong("connects"),
        row.getLong("machines"),
        row.getLong("abandoned"),
        row.getLong("right_party"),
        row.getLong("handled"),
        row.getLong("talk_seconds"),
        row.getLong("wrap_up_seconds"),
        row.getLong("completed"),
        row.getLong("satisfied"));
  }
}
