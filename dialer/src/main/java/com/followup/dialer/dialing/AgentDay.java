package com.followup.dialer.dialing;

import static com.followup.dialer.db.SqlStatements.first;

import com.followup.dialer.agent.AgentState;
import com.followup.dialer.agent.AgentStateLog;
import com.followup.dialer.agent.StateTimes;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agent's own figures for a day: calls handled, talk and wrap-up time, steps completed, and
 * time READY, on calls and paused from the agent state log. Calls are found through the agent's
 * ON_CALL log entries of the day, so no scan of the day's attempts is needed.
 */
@Singleton
public class AgentDay {

  private static final String CALLS =
      "SELECT COUNT(*) AS handled, COALESCE(SUM(a.talk_seconds), 0) AS talk,"
          + " COALESCE(SUM(a.wrap_up_seconds), 0) AS wrap_up,"
          + " COALESCE(SUM(CASE WHEN d.outcome = 'COMPLETED' THEN 1 ELSE 0 END), 0) AS completed"
          + " FROM dialer_agent_state_log l"
          + " JOIN dialer_call d ON d.attempt_id = l.attempt_id"
          + " JOIN call_attempt a ON a.id = l.attempt_id"
          + " WHERE l.username = ? AND l.state = 'ON_CALL' AND l.started_at >= ?"
          + " AND l.started_at < ? AND a.bridged_at IS NOT NULL AND d.outcome_at IS NOT NULL";

  private final TransactionOperations<Connection> transactions;
  private final AgentStateLog log;
  private final Clock clock;

  AgentDay(TransactionOperations<Connection> transactions, AgentStateLog log, Clock clock) {
    this.transactions = transactions;
    this.log = log;
    this.clock = clock;
  }

  /** The agent's figures for today in {@code zone}, up to now. */
  public AgentDayFigures today(String username, ZoneId zone) {
    return of(username, LocalDate.now(clock.withZone(zone)), zone);
  }

  /** The agent's figures for {@code day} in {@code zone}, up to now if the day is running. */
  public AgentDayFigures of(String username, LocalDate day, ZoneId zone) {
    Instant now = clock.instant();
    Instant from = day.atStartOfDay(zone).toInstant();
    Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
    Instant until = now.isBefore(end) ? (now.isBefore(from) ? from : now) : end;
    long[] calls =
        transactions.executeRead(
            s ->
                first(
                    s.getConnection(),
                    CALLS,
                    row ->
                        new long[] {
                          row.getLong("handled"),
                          row.getLong("talk"),
                          row.getLong("wrap_up"),
                          row.getLong("completed")
                        },
                    username,
                    from,
                    end));
    StateTimes times = log.timeInState(username, from, until);
    Map<String, Long> byReason = new LinkedHashMap<>();
    times.pausedByReason().forEach((reason, time) -> byReason.put(reason.name(), time.toSeconds()));
    byReason.put("NONE", times.pausedWithoutReason().toSeconds());
    long handled = calls[0];
    long talk = calls[1];
    long wrapUp = calls[2];
    long ready = seconds(times, AgentState.READY);
    long working = talk + wrapUp;
    return new AgentDayFigures(
        username,
        day,
        zone.getId(),
        from,
        until,
        (int) handled,
        talk,
        wrapUp,
        (int) calls[3],
        handled == 0 ? null : (double) working / handled,
        ready,
        seconds(times, AgentState.ON_CALL),
        seconds(times, AgentState.WRAP_UP),
        seconds(times, AgentState.PAUSED),
        byReason,
        working + ready == 0 ? null : (double) working / (working + ready));
  }

  private static long seconds(StateTimes times, AgentState state) {
    return times.of(state).toSeconds();
  }
}
