package com.followup.dialer.agent;

import static com.followup.dialer.db.SqlStatements.list;
import static com.followup.dialer.db.SqlStatements.update;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.db.ReadCommitted;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hourly roll-up of agents' time, {@code dialer_agent_time_hour}: per UTC hour, agent, state
 * and pause reason the milliseconds spent, each log entry lasting until the agent's next one (so a
 * state spanning hours is split between them). Only hours that have passed are rolled up: in one,
 * the entry in force at its end lasted all the way. {@code dialer_agent_time_rolled} lists the
 * hours rolled up; every append to the log marks its hour in {@code dialer_agent_time_stale} in the
 * transaction that writes it ({@link AgentStateLog#append}), and {@link #refresh} rebuilds an hour
 * not rolled up yet or marked, removing the mark in one READ COMMITTED transaction (a writer that
 * marked before has committed by then, one that marks later leaves the hour marked), as the
 * attempts' roll-up does. The hour still running is summed from the log at each read.
 */
@Singleton
public class AgentTimeRollup {

  private static final Duration HOUR = Duration.ofHours(1);

  private final TransactionOperations<Connection> transactions;
  private final AgentStateLog log;

  AgentTimeRollup(TransactionOperations<Connection> transactions, AgentStateLog log) {
    this.transactions = transactions;
    this.log = log;
  }

  /**
   * The time per state in [from, to) of every agent logged in then (OFFLINE time is not counted,
   * nor rolled up), as {@link AgentStateLog#timeInState(Instant, Instant)} sums it from the raw
   * log: the whole hours before {@code now} from the roll-up (rolled up first where needed), the
   * rest from the log.
   */
  public Map<String, StateTimes> timeInState(Instant from, Instant to, Instant now) {
    Instant first = ceilHour(from);
    Instant last = earlier(to, now).truncatedTo(ChronoUnit.HOURS);
    if (!last.isAfter(first)) {
      return loggedIn(log.timeInState(from, to));
    }
    refresh(first, last);
    Map<String, StateTimes> times = new LinkedHashMap<>(rolled(first, last));
    if (from.isBefore(first)) {
      log.timeInState(from, first).forEach((agent, t) -> times.merge(agent, t, StateTimes::plus));
    }
    if (last.isBefore(to)) {
      log.timeInState(last, to).forEach((agent, t) -> times.merge(agent, t, StateTimes::plus));
    }
    return loggedIn(times);
  }

  /** The same as {@link #timeInState} summed from the raw state log alone (no roll-up). */
  public Map<String, StateTimes> timeInStateFromRawLog(Instant from, Instant to) {
    return loggedIn(log.timeInState(from, to));
  }

  /** The times without OFFLINE, of the agents who were logged in at all. */
  static Map<String, StateTimes> loggedIn(Map<String, StateTimes> times) {
    Map<String, StateTimes> in = new java.util.TreeMap<>();
    times.forEach(
        (agent, t) -> {
          StateTimes.Accumulator sum = new StateTimes.Accumulator();
          t.byState()
              .forEach(
                  (state, d) -> {
                    if (state != AgentState.OFFLINE && state != AgentState.PAUSED) {
                      sum.add(state, null, d);
                    }
                  });
          t.pausedByReason().forEach((reason, d) -> sum.add(AgentState.PAUSED, reason, d));
          sum.add(AgentState.PAUSED, null, t.pausedWithoutReason());
          StateTimes own = sum.times();
          if (own.byState().values().stream().anyMatch(d -> !d.isZero())) {
            in.put(agent, own);
          }
        });
    return in;
  }

  /** Rolls up every hour of [from, to) (whole hours, passed) not rolled up yet or marked. */
  void refresh(Instant from, Instant to) {
    List<Instant> hours =
        transactions.executeRead(
            s -> {
              Connection c = s.getConnection();
              Set<Instant> rolled =
                  new HashSet<>(
                      list(
                          c,
                          "SELECT hour_start FROM dialer_agent_time_rolled WHERE hour_start >= ?"
                              + " AND hour_start < ?",
                          row -> SqlValues.instant(row, "hour_start"),
                          from,
                          to));
              Set<Instant> stale =
                  new HashSet<>(
                      list(
                          c,
                          "SELECT hour_start FROM dialer_agent_time_stale WHERE hour_start >= ?"
                              + " AND hour_start < ?",
                          row -> SqlValues.instant(row, "hour_start"),
                          from,
                          to));
              List<Instant> due = new ArrayList<>();
              for (Instant h = from; h.isBefore(to); h = h.plus(HOUR)) {
                if (!rolled.contains(h) || stale.contains(h)) {
                  due.add(h);
                }
              }
              return due;
            });
    for (Instant hour : hours) {
      transactions.execute(ReadCommitted.own(), s -> rebuild(s.getConnection(), hour));
    }
  }

  private boolean rebuild(Connection c, Instant hour) throws SQLException {
    int marked = update(c, "DELETE FROM dialer_agent_time_stale WHERE hour_start = ?", hour);
    int first =
        update(c, "INSERT IGNORE INTO dialer_agent_time_rolled (hour_start) VALUES (?)", hour);
    if (marked == 0 && first == 0) {
      return false; // rolled up by another report meanwhile
    }
    update(c, "DELETE FROM dialer_agent_time_hour WHERE hour_start = ?", hour);
    Instant end = hour.plus(HOUR);
    Map<String, StateTimes> times =
        AgentStateLog.sumByAgent(AgentStateLog.entries(c, hour, end), hour, end);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO dialer_agent_time_hour (hour_start, username, state, reason, millis)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      int rows = 0;
      for (Map.Entry<String, StateTimes> agent : times.entrySet()) {
        StateTimes t = agent.getValue();
        for (Map.Entry<AgentState, Duration> state : t.byState().entrySet()) {
          if (state.getKey() == AgentState.PAUSED || state.getKey() == AgentState.OFFLINE) {
            continue;
          }
          rows += add(insert, hour, agent.getKey(), state.getKey().name(), "", state.getValue());
        }
        for (Map.Entry<PauseReason, Duration> reason : t.pausedByReason().entrySet()) {
          rows +=
              add(
                  insert,
                  hour,
                  agent.getKey(),
                  AgentState.PAUSED.name(),
                  reason.getKey().name(),
                  reason.getValue());
        }
        rows +=
            add(
                insert,
                hour,
                agent.getKey(),
                AgentState.PAUSED.name(),
                "",
                t.pausedWithoutReason());
      }
      if (rows > 0) {
        insert.executeBatch();
      }
    }
    return true;
  }

  private static int add(
      PreparedStatement insert,
      Instant hour,
      String agent,
      String state,
      String reason,
      Duration time)
      throws SQLException {
    if (time.isZero()) {
      return 0;
    }
    SqlValues.bindAll(insert, hour, agent, state, reason, time.toMillis());
    insert.addBatch();
    return 1;
  }

  /** The rolled-up time of [from, to) per agent. */
  private Map<String, StateTimes> rolled(Instant from, Instant to) {
    return transactions.executeRead(
        s -> {
          Map<String, StateTimes.Accumulator> byAgent = new LinkedHashMap<>();
          list(
              s.getConnection(),
              "SELECT username, state, reason, SUM(millis) AS millis FROM dialer_agent_time_hour"
                  + " WHERE hour_start >= ? AND hour_start < ? GROUP BY username, state, reason"
                  + " ORDER BY username",
              row -> {
                String reason = row.getString("reason");
                byAgent
                    .computeIfAbsent(row.getString("username"), a -> new StateTimes.Accumulator())
                    .add(
                        AgentState.valueOf(row.getString("state")),
                        reason.isEmpty() ? null : PauseReason.valueOf(reason),
                        Duration.ofMillis(row.getLong("millis")));
                return null;
              },
              from,
              to);
          Map<String, StateTimes> times = new LinkedHashMap<>();
          byAgent.forEach((agent, sum) -> times.put(agent, sum.times()));
          return times;
        });
  }

  private static Instant ceilHour(Instant at) {
    Instant floor = at.truncatedTo(ChronoUnit.HOURS);
    return floor.equals(at) ? at : floor.plus(HOUR);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
