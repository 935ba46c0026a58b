package com.followup.dialer.agent;

import static com.followup.dialer.db.SqlStatements.list;
import static com.followup.dialer.db.SqlStatements.update;

import com.followup.campaign.bulk.SqlValues;
import com.followup.dialer.db.StaleReportHours;
import com.followup.dialer.telephony.AttemptId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only {@code dialer_agent_state_log}: one entry per state an agent entered, written by
 * {@link Agents} in the transaction of the change. An entry lasts until the agent's next one.
 */
@Singleton
public class AgentStateLog {

  /**
   * One entry.
   *
   * @param attemptId the call of an ON_CALL or WRAP_UP entry
   */
  public record Entry(
      long id,
      String username,
      AgentState state,
      PauseReason reason,
      Instant startedAt,
      AttemptId attemptId,
      String campaign) {}

  private static final String COLUMNS =
      "id, username, state, reason, started_at, attempt_id, campaign";
  private static final Comparator<Entry> IN_ORDER =
      Comparator.comparing(Entry::startedAt).thenComparingLong(Entry::id);

  private final TransactionOperations<Connection> transactions;

  AgentStateLog(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /**
   * Appends the state an agent entered at {@code at}, inside the caller's transaction, and marks
   * its hour of the agent-time roll-up stale ({@link AgentTimeRollup}).
   */
  static void append(
      Connection c,
      String username,
      AgentState state,
      PauseReason reason,
      Instant at,
      AttemptId attempt,
      String campaign)
      throws SQLException {
    StaleReportHours.markAgentTime(c, at);
    update(
        c,
        "INSERT INTO dialer_agent_state_log (username, state, reason, started_at, attempt_id,"
            + " campaign) VALUES (?, ?, ?, ?, ?, ?)",
        username,
        state,
        reason,
        at,
        attempt == null ? null : attempt.value(),
        campaign);
  }

  /**
   * The agent's entries that cover part of [from, to): the one in force at {@code from} and those
   * started since, oldest first.
   */
  public List<Entry> entries(String username, Instant from, Instant to) {
    return transactions.executeRead(
        s -> {
          Connection c = s.getConnection();
          List<Entry> entries =
              new ArrayList<>(
                  list(
                      c,
                      "SELECT "
                          + COLUMNS
                          + " FROM dialer_agent_state_log WHERE username = ? AND started_at < ?"
                          + " ORDER BY started_at DESC, id DESC LIMIT 1",
                      AgentStateLog::read,
                      username,
                      from));
          entries.addAll(
              list(
                  c,
                  "SELECT "
                      + COLUMNS
                      + " FROM dialer_agent_state_log WHERE username = ? AND started_at >= ?"
                      + " AND started_at < ? ORDER BY started_at, id",
                  AgentStateLog::read,
                  username,
                  from,
                  to));
          return entries;
        });
  }

  /**
   * How long the agent spent in each state in [from, to). The entry in force at {@code to} counts
   * until {@code to}: pass {@code now} as {@code to} for a period that is still running.
   */
  public StateTimes timeInState(String username, Instant from, Instant to) {
    return sum(entries(username, from, to), from, to);
  }

  /** {@link #timeInState(String, Instant, Instant)} of every agent with an entry in the period. */
  public Map<String, StateTimes> timeInState(Instant from, Instant to) {
    return sumByAgent(
        transactions.executeRead(s -> entries(s.getConnection(), from, to)), from, to);
  }

  /**
   * Every agent's entries that cover part of [from, to): the one in force at {@code from} (of each
   * agent who had one; the newest start before {@code from}, read per agent from the index on
   * username and start) and those started since.
   */
  static List<Entry> entries(Connection c, Instant from, Instant to) throws SQLException {
    List<Entry> read =
        new ArrayList<>(
            list(
                c,
                "SELECT l.id, l.username, l.state, l.reason, l.started_at, l.attempt_id,"
                    + " l.campaign FROM (SELECT username, MAX(started_at) AS last_start"
                    + " FROM dialer_agent_state_log USE INDEX (ix_dialer_agent_state_log_agent)"
                    + " WHERE started_at < ? GROUP BY username) p"
                    + " JOIN dialer_agent_state_log l USE INDEX (ix_dialer_agent_state_log_agent)"
                    + " ON l.username = p.username AND l.started_at = p.last_start",
                AgentStateLog::read,
                from));
    read.addAll(
        list(
            c,
            "SELECT "
                + COLUMNS
                + " FROM dialer_agent_state_log WHERE started_at >= ? AND started_at < ?",
            AgentStateLog::read,
            from,
            to));
    return read;
  }

  /** {@link #sum} of each agent's entries. */
  static Map<String, StateTimes> sumByAgent(List<Entry> entries, Instant from, Instant to) {
    Map<String, List<Entry>> byAgent = new LinkedHashMap<>();
    for (Entry entry : entries) {
      byAgent.computeIfAbsent(entry.username(), u -> new ArrayList<>()).add(entry);
    }
    Map<String, StateTimes> times = new LinkedHashMap<>();
    byAgent.forEach((agent, own) -> times.put(agent, sum(own, from, to)));
    return times;
  }

  /** Adds up entries of one agent, each lasting until the next, clipped to [from, to). */
  static StateTimes sum(List<Entry> entries, Instant from, Instant to) {
    List<Entry> ordered = new ArrayList<>(entries);
    ordered.sort(IN_ORDER);
    StateTimes.Accumulator times = new StateTimes.Accumulator();
    for (int i = 0; i < ordered.size(); i++) {
      Entry entry = ordered.get(i);
      Instant start = later(entry.startedAt(), from);
      Instant end = i + 1 < ordered.size() ? ordered.get(i + 1).startedAt() : to;
      end = end.isAfter(to) ? to : end;
      if (end.isAfter(start)) {
        times.add(entry.state(), entry.reason(), Duration.between(start, end));
      }
    }
    return times.times();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Entry read(ResultSet row) throws SQLException {
    long attempt = row.getLong("attempt_id");
    return new Entry(
        row.getLong("id"),
        row.getString("username"),
        AgentState.valueOf(row.getString("state")),
        PauseReason.stored(row.getString("reason")),
        SqlValues.instant(row, "started_at"),
        attempt == 0 ? null : new AttemptId(attempt),
        row.getString("campaign"));
  }
}
