package com.followup.dialer.calls;

import static com.followup.dialer.db.SqlStatements.first;

import com.followup.campaign.bulk.SqlValues;
import com.followup.dialer.db.SqlStatements;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every dial attempt with its times, outcome and agent, for QA and managers: the attempt as the
 * telephony recorded it, with the agent's outcome where the agent applied one.
 */
@Singleton
public class CallLog {

  private static final String COLUMNS =
      "a.id, a.follow_up_id, a.campaign, COALESCE(d.agent, a.agent) AS agent, a.placed_at,"
          + " a.answered_at, a.ended_at, COALESCE(d.outcome, a.outcome) AS outcome,"
          + " a.talk_seconds";

  private static final String FROM =
      " FROM call_attempt a LEFT JOIN dialer_call d ON d.attempt_id = a.id";

  private final TransactionOperations<Connection> transactions;

  CallLog(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** The attempts the query asks for, newest first. */
  public List<LoggedCall> list(CallQuery query) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + FROM + " WHERE 1 = 1");
    List<Object> values = new ArrayList<>();
    if (query.since() != null) {
      sql.append(" AND a.placed_at >= ?");
      values.add(query.since());
    }
    if (query.until() != null) {
      sql.append(" AND a.placed_at < ?");
      values.add(query.until());
    }
    if (query.campaign() != null) {
      sql.append(" AND a.campaign = ?");
      values.add(query.campaign());
    }
    if (query.agent() != null) {
      sql.append(" AND COALESCE(d.agent, a.agent) = ?");
      values.add(query.agent());
    }
    if (query.outcome() != null) {
      sql.append(" AND COALESCE(d.outcome, a.outcome) = ?");
      values.add(query.outcome());
    }
    sql.append(" ORDER BY a.placed_at DESC, a.id DESC LIMIT ").append(query.limit());
    return transactions.executeRead(
        s ->
            SqlStatements.list(s.getConnection(), sql.toString(), CallLog::call, values.toArray()));
  }

  /** One attempt with every step of its call, or empty when there is no such attempt. */
  public Optional<CallDetail> find(long id) {
    String sql =
        "SELECT "
            + COLUMNS
            + ", a.telephony_mode, a.amd_result, a.wrap_up_seconds, a.ringing_at, a.bridged_at,"
            + " a.abandoned_at, a.failure_reason, a.outcome AS call_outcome, d.outcome_at, d.notes,"
            + " a.announced_at, a.recording_announcement"
            + FROM
            + " WHERE a.id = ?";
    return Optional.ofNullable(
        transactions.executeRead(s -> first(s.getConnection(), sql, CallLog::detail, id)));
  }

  /**
   * A campaign's calls an agent talked on, placed in {@code [from, until)}: what QA samples from.
   */
  public List<TalkedCall> talked(String campaign, Instant from, Instant until) {
    String sql =
        "SELECT a.id, a.follow_up_id, COALESCE(d.agent, a.agent) AS agent, d.satisfied"
            + FROM
            + " WHERE a.campaign = ? AND a.placed_at >= ? AND a.placed_at < ?"
            + " AND a.bridged_at IS NOT NULL AND COALESCE(d.agent, a.agent) IS NOT NULL"
            + " ORDER BY a.id";
    return transactions.executeRead(
        s ->
            SqlStatements.list(
                s.getConnection(),
                sql,
                row -> {
                  boolean satisfied = row.getBoolean("satisfied");
                  Boolean said = row.wasNull() ? null : satisfied;
                  return new TalkedCall(
                      row.getLong("id"), row.getLong("follow_up_id"), row.getString("agent"), said);
                },
                campaign,
                from,
                until));
  }

  /** A call an agent talked on; {@code satisfied} as the agent recorded it, if asked. */
  public record TalkedCall(
      long attemptId,
      long followUpId,
      String agent,
      @io.micronaut.core.annotation.Nullable Boolean satisfied) {}

  private static LoggedCall call(ResultSet row) throws SQLException {
    int talk = row.getInt("talk_seconds");
    Integer talkSeconds = row.wasNull() ? null : talk;
    return new LoggedCall(
        row.getLong("id"),
        row.getLong("follow_up_id"),
        row.getString("campaign"),
        row.getString("agent"),
        SqlValues.instant(row, "placed_at"),
        SqlValues.instant(row, "answered_at"),
        SqlValues.instant(row, "ended_at"),
        row.getString("outcome"),
        talkSeconds);
  }

  private static CallDetail detail(ResultSet row) throws SQLException {
    LoggedCall call = call(row);
    String answeredBy = row.getString("amd_result");
    int wrapUp = row.getInt("wrap_up_seconds");
    Integer wrapUpSeconds = row.wasNull() ? null : wrapUp;
    List<CallStep> steps = new ArrayList<>();
    add(steps, "PLACED", call.placedAt(), null);
    add(steps, "RINGING", SqlValues.instant(row, "ringing_at"), null);
    add(steps, "ANSWERED", call.answeredAt(), answeredBy);
    add(
        steps,
        "ANNOUNCEMENT_PLAYED",
        SqlValues.instant(row, "announced_at"),
        row.getString("recording_announcement"));
    add(steps, "BRIDGED", SqlValues.instant(row, "bridged_at"), call.agent());
    add(steps, "ABANDONED", SqlValues.instant(row, "abandoned_at"), null);
    String failure = row.getString("failure_reason");
    String callOutcome = row.getString("call_outcome");
    add(steps, "ENDED", call.endedAt(), failure != null ? failure : callOutcome);
    Instant outcomeAt = SqlValues.instant(row, "outcome_at");
    if (outcomeAt != null) {
      add(steps, "OUTCOME", outcomeAt, call.outcome());
    }
    // the order they happened in; a step recorded at the same instant keeps its place
    steps.sort(Comparator.comparing(CallStep::at));
    return new CallDetail(
        call,
        row.getString("telephony_mode"),
        answeredBy,
        wrapUpSeconds,
        row.getString("notes"),
        List.copyOf(steps));
  }

  private static void add(List<CallStep> steps, String type, Instant at, String detail) {
    if (at != null) {
      steps.add(new CallStep(type, at, detail));
    }
  }
}
