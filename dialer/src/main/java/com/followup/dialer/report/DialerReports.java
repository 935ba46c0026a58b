package com.followup.dialer.report;

import static com.followup.dialer.db.SqlStatements.list;

import com.followup.dialer.agent.AgentTimeRollup;
import com.followup.dialer.agent.StateTimes;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The dialer's figures for reports: attempts per UTC hour, campaign and agent, and agents' time in
 * each state (agent.AgentTimeRollup), attempts per dealer. Hours the roll-up holds are read from
 * it; hours it does not hold yet (or whose rows changed since) are rolled up first, so the answer
 * always equals the raw rows'.
 */
@Singleton
public class DialerReports {

  private final TransactionOperations<Connection> transactions;
  private final AttemptRollup rollup;
  private final AgentTimeRollup agentTime;
  private final Clock clock;

  DialerReports(
      TransactionOperations<Connection> transactions,
      AttemptRollup rollup,
      AgentTimeRollup agentTime,
      Clock clock) {
    this.transactions = transactions;
    this.rollup = rollup;
    this.agentTime = agentTime;
    this.clock = clock;
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

  /**
   * {@link #attempts} summed over the agents: per hour and campaign ({@code agent} null), read from
   * the roll-up already summed.
   */
  public List<AttemptHour> attemptsByCampaign(Instant from, Instant to) {
    return summed(from, to, "hour_start AS h, campaign, '' AS agent", "hour_start, campaign");
  }

  /**
   * {@link #attempts} summed over the hours: per campaign and agent ({@code hour} the first hour
   * holding some).
   */
  public List<AttemptHour> attemptsByAgent(Instant from, Instant to) {
    return summed(from, to, "MIN(hour_start) AS h, campaign, agent", "campaign, agent");
  }

  private List<AttemptHour> summed(Instant from, Instant to, String keys, String groupBy) {
    rollup.refresh(from, to);
    return transactions.executeRead(
        s ->
            list(
                s.getConnection(),
                "SELECT "
                    + keys
                    + ", SUM(dials) AS dials, SUM(connects) AS connects, SUM(machines) AS machines,"
                    + " SUM(abandoned) AS abandoned, SUM(right_party) AS right_party,"
                    + " SUM(handled) AS handled, SUM(talk_seconds) AS talk_seconds,"
                    + " SUM(wrap_up_seconds) AS wrap_up_seconds, SUM(completed) AS completed,"
                    + " SUM(satisfied) AS satisfied FROM dialer_report_hour"
                    + " WHERE hour_start >= ? AND hour_start < ? GROUP BY "
                    + groupBy,
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

  /**
   * The time per state in [from, to) of every agent logged in then (OFFLINE time not counted; pass
   * now as {@code to} for a running period): the hours that have passed from the agent-time
   * roll-up, the running one from the log.
   */
  public Map<String, StateTimes> agentTime(Instant from, Instant to) {
    return agentTime.timeInState(from, to, clock.instant());
  }

  /** The same as {@link #agentTime} summed from the raw state log (no roll-up). */
  public Map<String, StateTimes> agentTimeFromRawLog(Instant from, Instant to) {
    return agentTime.timeInStateFromRawLog(from, to);
  }

  /**
   * Attempts placed in [from, to), both on whole UTC hours, per dealer of their follow-up (summed
   * over the hours and campaigns), from the roll-up.
   */
  public List<DealerAttempts> attemptsByDealer(Instant from, Instant to) {
    rollup.refresh(from, to);
    return transactions.executeRead(
        s ->
            list(
                s.getConnection(),
                "SELECT MIN(hour_start) AS h, '' AS campaign, '' AS agent, dealer_code,"
                    + " SUM(dials) AS dials, SUM(connects) AS connects, SUM(machines) AS machines,"
                    + " SUM(abandoned) AS abandoned, SUM(right_party) AS right_party,"
                    + " SUM(handled) AS handled, SUM(talk_seconds) AS talk_seconds,"
                    + " SUM(wrap_up_seconds) AS wrap_up_seconds, SUM(completed) AS completed,"
                    + " SUM(satisfied) AS satisfied FROM dialer_report_dealer_hour"
                    + " WHERE hour_start >= ? AND hour_start < ? GROUP BY dealer_code"
                    + " ORDER BY dealer_code",
                row -> {
                  String dealer = row.getString("dealer_code");
                  return new DealerAttempts(dealer.isEmpty() ? null : dealer, read(row));
                },
                from,
                to));
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
