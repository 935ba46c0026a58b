package com.followup.dialer.agent;

import static com.followup.dialer.db.SqlStatements.first;
import static com.followup.dialer.db.SqlStatements.list;
import static com.followup.dialer.db.SqlStatements.update;

import com.followup.campaign.bulk.SqlValues;
import com.followup.dialer.telephony.AttemptId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code dialer_agent} table. Every change is one guarded statement or a locked read and write
 * in one transaction, so two instances never give one agent two calls, nor one call two agents.
 */
@Singleton
public class Agents {

  private static final String COLUMNS =
      "username, state, after_call, state_since, attempt_id, campaign, connected_at, call_ended_at";

  private final TransactionOperations<Connection> transactions;

  Agents(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  public Optional<Agent> find(String username) {
    return Optional.ofNullable(
        transactions.executeRead(
            s -> first(s.getConnection(), select("username = ?"), Agents::read, username)));
  }

  /** The agent holding {@code attempt}, if any. */
  public Optional<Agent> holding(AttemptId attempt) {
    return Optional.ofNullable(
        transactions.executeRead(
            s ->
                first(s.getConnection(), select("attempt_id = ?"), Agents::read, attempt.value())));
  }

  /**
   * Applies a state the agent asked for. Without a call it applies at once. During a call OFFLINE
   * applies at once too (the agent keeps the call to enter its outcome, but gets no new one), while
   * READY and PAUSED wait until the call is over.
   */
  public Agent request(String username, AgentState requested, Instant now) {
    return transactions.executeWrite(
        s -> {
          Connection c = s.getConnection();
          Agent agent = first(c, select("username = ?") + " FOR UPDATE", Agents::read, username);
          if (agent == null) {
            Agent fresh = Agent.offline(username, now);
            update(
                c,
                "INSERT INTO dialer_agent (username, state, state_since) VALUES (?, ?, ?)",
                username,
                fresh.state(),
                now);
            agent = fresh;
          }
          if (!agent.holdsCall() || requested == AgentState.OFFLINE) {
            boolean changes = agent.state() != requested;
            update(
                c,
                "UPDATE dialer_agent SET state = ?, after_call = NULL, state_since = ?"
                    + " WHERE username = ?",
                requested,
                changes ? now : agent.stateSince(),
                username);
          } else {
            update(
                c,
                "UPDATE dialer_agent SET after_call = ? WHERE username = ?",
                requested,
                username);
          }
          return first(c, select("username = ?"), Agents::read, username);
        });
  }

  /**
   * Reserves the longest-waiting READY agent for {@code attempt}; empty when none is ready. Locked
   * rows are skipped: another instance is reserving that agent now.
   */
  public Optional<String> reserveAny(AttemptId attempt, String campaign, Instant now) {
    return Optional.ofNullable(
        transactions.executeWrite(
            s -> {
              Connection c = s.getConnection();
              String username =
                  first(
                      c,
                      "SELECT username FROM dialer_agent WHERE state = 'READY'"
                          + " ORDER BY state_since LIMIT 1 FOR UPDATE SKIP LOCKED",
                      row -> row.getString(1));
              return username != null && reserve(c, username, attempt, campaign, now)
                  ? username
                  : null;
            }));
  }

  /** Reserves this agent for {@code attempt} if it is READY. */
  public boolean reserve(String username, AttemptId attempt, String campaign, Instant now) {
    return transactions.executeWrite(
        s -> reserve(s.getConnection(), username, attempt, campaign, now));
  }

  private static boolean reserve(
      Connection c, String username, AttemptId attempt, String campaign, Instant now)
      throws SQLException {
    return update(
            c,
            "UPDATE dialer_agent SET state = 'ON_CALL', attempt_id = ?, campaign = ?,"
                + " connected_at = NULL, call_ended_at = NULL, state_since = ?"
                + " WHERE username = ? AND state = 'READY' AND attempt_id IS NULL",
            attempt.value(),
            campaign,
            now,
            username)
        == 1;
  }

  /** The call was bridged to the agent holding it. */
  public void connected(AttemptId attempt, Instant now) {
    write("UPDATE dialer_agent SET connected_at = ? WHERE attempt_id = ?", now, attempt.value());
  }

  /** The call ended: its agent goes to WRAP_UP (an OFFLINE agent stays OFFLINE). */
  public void callEnded(AttemptId attempt, Instant now) {
    write(
        "UPDATE dialer_agent SET call_ended_at = ?,"
            + " state = CASE WHEN state = 'ON_CALL' THEN 'WRAP_UP' ELSE state END,"
            + " state_since = CASE WHEN state = 'ON_CALL' THEN ? ELSE state_since END"
            + " WHERE attempt_id = ? AND call_ended_at IS NULL",
        now,
        now,
        attempt.value());
  }

  /**
   * The agent holding {@code attempt} is done with it: READY, or the state asked for during the
   * call; an agent who went OFFLINE stays OFFLINE.
   */
  public void release(AttemptId attempt, Instant now) {
    write(
        "UPDATE dialer_agent SET"
            + " state = CASE WHEN state = 'OFFLINE' THEN 'OFFLINE'"
            + " ELSE COALESCE(after_call, 'READY') END,"
            + " after_call = NULL, attempt_id = NULL, campaign = NULL, connected_at = NULL,"
            + " call_ended_at = NULL, state_since = ? WHERE attempt_id = ?",
        now,
        attempt.value());
  }

  /** One statement in its own transaction. */
  private void write(String sql, Object... values) {
    transactions.executeWrite(s -> update(s.getConnection(), sql, values));
  }

  /** Agents of {@code campaign} whose call ended before {@code cutoff}, still without outcome. */
  public List<Agent> wrapUpsEndedBefore(String campaign, Instant cutoff) {
    return transactions.executeRead(
        s ->
            list(
                s.getConnection(),
                select("campaign = ? AND call_ended_at < ?"),
                Agents::read,
                campaign,
                cutoff));
  }

  /** How many agents hold calls of {@code campaign} and since when, by state. */
  public List<Agent> busyWith(String campaign) {
    return transactions.executeRead(
        s -> list(s.getConnection(), select("campaign = ?"), Agents::read, campaign));
  }

  /** Agents per state, every state listed. */
  public Map<AgentState, Integer> countByState() {
    Map<AgentState, Integer> counts = new TreeMap<>();
    for (AgentState state : AgentState.values()) {
      counts.put(state, 0);
    }
    transactions.executeRead(
        s ->
            list(
                s.getConnection(),
                "SELECT state, COUNT(*) FROM dialer_agent GROUP BY state",
                row -> counts.put(AgentState.valueOf(row.getString(1)), row.getInt(2))));
    return counts;
  }

  private static String select(String where) {
    return "SELECT " + COLUMNS + " FROM dialer_agent WHERE " + where;
  }

  private static Agent read(ResultSet row) throws SQLException {
    String afterCall = row.getString("after_call");
    long attempt = row.getLong("attempt_id");
    return new Agent(
        row.getString("username"),
        AgentState.valueOf(row.getString("state")),
        afterCall == null ? null : AgentState.valueOf(afterCall),
        SqlValues.instant(row, "state_since"),
        attempt == 0 ? null : new AttemptId(attempt),
        row.getString("campaign"),
        SqlValues.instant(row, "connected_at"),
        SqlValues.instant(row, "call_ended_at"));
  }
}
