package com.followup.dialer.agent;

import static com.followup.dialer.agent.AgentRows.select;
import static com.followup.dialer.db.SqlStatements.first;
import static com.followup.dialer.db.SqlStatements.list;
import static com.followup.dialer.db.SqlStatements.update;

import com.followup.dialer.telephony.AttemptId;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code dialer_agent} table. Every change is a guarded statement or a locked read and write in
 * one transaction, so two instances never give one agent two calls, nor one call two agents. Every
 * change also moves the agent's {@code change_version} in the same statement, appends the state
 * entered to the {@link AgentStateLog} in the same transaction, and publishes {@link
 * AgentCallChanged} after the commit.
 */
@Singleton
public class Agents {

  private static final Logger LOG = LoggerFactory.getLogger(Agents.class);
  private static final String BUMP = "change_version = change_version + 1";

  private final TransactionOperations<Connection> transactions;
  private final ApplicationEventPublisher<AgentCallChanged> events;

  Agents(
      TransactionOperations<Connection> transactions,
      ApplicationEventPublisher<AgentCallChanged> events) {
    this.transactions = transactions;
    this.events = events;
  }

  public Optional<Agent> find(String username) {
    return Optional.ofNullable(
        transactions.executeRead(
            s -> first(s.getConnection(), select("username = ?"), AgentRows::read, username)));
  }

  /** The agent holding {@code attempt}, if any. */
  public Optional<Agent> holding(AttemptId attempt) {
    return Optional.ofNullable(
        transactions.executeRead(
            s ->
                first(
                    s.getConnection(),
                    select("attempt_id = ?"),
                    AgentRows::read,
                    attempt.value())));
  }

  /**
   * A number that moves on every change to the agent or the agent's call, made on any instance: one
   * primary-key read, cheap enough to poll every second. 0 for an agent never seen.
   */
  public long changeVersion(String username) {
    Long version =
        transactions.executeRead(
            s ->
                first(
                    s.getConnection(),
                    "SELECT change_version FROM dialer_agent WHERE username = ?",
                    row -> row.getLong(1),
                    username));
    return version == null ? 0 : version;
  }

  /** {@link #request(String, AgentState, PauseReason, Instant)} without a pause reason. */
  public Agent request(String username, AgentState requested, Instant now) {
    return request(username, requested, null, now);
  }

  /**
   * Applies a state the agent asked for, with a reason for PAUSED (or none). Without a call it
   * applies at once. During a call OFFLINE applies at once too (the agent keeps the call to enter
   * its outcome, but gets no new one), while READY and PAUSED wait until the call is over.
   */
  public Agent request(String username, AgentState requested, PauseReason reason, Instant now) {
    if (reason != null && requested != AgentState.PAUSED) {
      throw new IllegalArgumentException("a reason is given only with PAUSED");
    }
    return transactions.executeWrite(
        s -> {
          Connection c = s.getConnection();
          Agent agent = first(c, select("username = ?") + " FOR UPDATE", AgentRows::read, username);
          boolean created = agent == null;
          if (created) {
            agent = Agent.offline(username, now);
            update(
                c,
                "INSERT INTO dialer_agent (username, state, state_since) VALUES (?, ?, ?)",
                username,
                agent.state(),
                now);
          }
          if (!agent.holdsCall() || requested == AgentState.OFFLINE) {
            boolean changes =
                created
                    || agent.state() != requested
                    || !Objects.equals(agent.pauseReason(), reason);
            Instant since = changes ? now : agent.stateSince();
            update(
                c,
                "UPDATE dialer_agent SET state = ?, pause_reason = ?, after_call = NULL,"
                    + " after_call_reason = NULL, state_since = ?, "
                    + BUMP
                    + " WHERE username = ?",
                requested,
                reason,
                since,
                username);
            if (changes) {
              AgentStateLog.append(
                  c, username, requested, reason, now, agent.attemptId(), agent.campaign());
            }
          } else {
            update(
                c,
                "UPDATE dialer_agent SET after_call = ?, after_call_reason = ?, "
                    + BUMP
                    + " WHERE username = ?",
                requested,
                reason,
                username);
          }
          publishAfterCommit(s, username);
          return first(c, select("username = ?"), AgentRows::read, username);
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
              return username != null && reserve(s, username, attempt, campaign, now)
                  ? username
                  : null;
            }));
  }

  /** Reserves this agent for {@code attempt} if it is READY. */
  public boolean reserve(String username, AttemptId attempt, String campaign, Instant now) {
    return transactions.executeWrite(s -> reserve(s, username, attempt, campaign, now));
  }

  private boolean reserve(
      TransactionStatus<Connection> s,
      String username,
      AttemptId attempt,
      String campaign,
      Instant now)
      throws SQLException {
    Connection c = s.getConnection();
    boolean reserved =
        update(
                c,
                "UPDATE dialer_agent SET state = 'ON_CALL', attempt_id = ?, campaign = ?,"
                    + " pause_reason = NULL, connected_at = NULL, call_ended_at = NULL,"
                    + " state_since = ?, "
                    + BUMP
                    + " WHERE username = ? AND state = 'READY' AND attempt_id IS NULL",
                attempt.value(),
                campaign,
                now,
                username)
            == 1;
    if (reserved) {
      AgentStateLog.append(c, username, AgentState.ON_CALL, null, now, attempt, campaign);
      publishAfterCommit(s, username);
    }
    return reserved;
  }

  /** The call was bridged to {@code username}, who holds it. */
  public void connected(AttemptId attempt, String username, Instant now) {
    transactions.executeWrite(
        s -> {
          if (update(
                  s.getConnection(),
                  "UPDATE dialer_agent SET connected_at = ?, "
                      + BUMP
                      + " WHERE attempt_id = ? AND username = ?",
                  now,
                  attempt.value(),
                  username)
              == 1) {
            publishAfterCommit(s, username);
          }
          return null;
        });
  }

  /** The call ended: its agent goes to WRAP_UP (an OFFLINE agent stays OFFLINE). */
  public void callEnded(AttemptId attempt, Instant now) {
    transactions.executeWrite(
        s -> {
          Connection c = s.getConnection();
          Agent agent = lockHolder(c, attempt);
          if (agent == null || agent.callEndedAt() != null) {
            return null;
          }
          boolean wrapsUp = agent.state() == AgentState.ON_CALL;
          update(
              c,
              "UPDATE dialer_agent SET call_ended_at = ?, state = ?, state_since = ?, "
                  + BUMP
                  + " WHERE username = ?",
              now,
              wrapsUp ? AgentState.WRAP_UP : agent.state(),
              wrapsUp ? now : agent.stateSince(),
              agent.username());
          if (wrapsUp) {
            AgentStateLog.append(
                c, agent.username(), AgentState.WRAP_UP, null, now, attempt, agent.campaign());
          }
          publishAfterCommit(s, agent.username());
          return null;
        });
  }

  /**
   * The agent holding {@code attempt} is done with it: READY, or the state (and pause reason) asked
   * for during the call; an agent who went OFFLINE stays OFFLINE.
   */
  public void release(AttemptId attempt, Instant now) {
    transactions.executeWrite(
        s -> {
          Connection c = s.getConnection();
          Agent agent = lockHolder(c, attempt);
          if (agent == null) {
            return null;
          }
          AgentState next = agent.stateAfterCall();
          PauseReason reason = agent.pauseReasonAfterCall();
          boolean changes = next != agent.state();
          update(
              c,
              "UPDATE dialer_agent SET state = ?, pause_reason = ?, after_call = NULL,"
                  + " after_call_reason = NULL, attempt_id = NULL, campaign = NULL,"
                  + " connected_at = NULL, call_ended_at = NULL, state_since = ?, "
                  + BUMP
                  + " WHERE username = ?",
              next,
              reason,
              changes ? now : agent.stateSince(),
              agent.username());
          if (changes) {
            AgentStateLog.append(c, agent.username(), next, reason, now, null, null);
          }
          publishAfterCommit(s, agent.username());
          return null;
        });
  }

  /** Something about the agent's call changed outside this table (dialed, previewed). */
  public void touch(String username) {
    transactions.executeWrite(
        s -> {
          if (update(
                  s.getConnection(),
                  "UPDATE dialer_agent SET " + BUMP + " WHERE username = ?",
                  username)
              == 1) {
            publishAfterCommit(s, username);
          }
          return null;
        });
  }

  private static Agent lockHolder(Connection c, AttemptId attempt) throws SQLException {
    return first(c, select("attempt_id = ?") + " FOR UPDATE", AgentRows::read, attempt.value());
  }

  private void publishAfterCommit(TransactionStatus<Connection> s, String username) {
    s.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            try {
              events.publishEvent(new AgentCallChanged(username));
            } catch (RuntimeException e) {
              LOG.warn("a listener of {}'s change failed", username, e);
            }
          }
        });
  }

  /** Agents of {@code campaign} whose call ended before {@code cutoff}, still without outcome. */
  public List<Agent> wrapUpsEndedBefore(String campaign, Instant cutoff) {
    return transactions.executeRead(
        s ->
            list(
                s.getConnection(),
                select("campaign = ? AND call_ended_at < ?"),
                AgentRows::read,
                campaign,
                cutoff));
  }

  /** How many agents hold calls of {@code campaign} and since when, by state. */
  public List<Agent> busyWith(String campaign) {
    return transactions.executeRead(
        s -> list(s.getConnection(), select("campaign = ?"), AgentRows::read, campaign));
  }

  /** True when an agent is logged in (not OFFLINE) or still holds a call (to wrap up). */
  public boolean anyoneOnDuty() {
    return transactions.executeRead(
            s ->
                first(
                    s.getConnection(),
                    "SELECT 1 FROM dialer_agent WHERE state <> 'OFFLINE' OR attempt_id IS NOT NULL"
                        + " LIMIT 1",
                    row -> Boolean.TRUE))
        != null;
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
}
