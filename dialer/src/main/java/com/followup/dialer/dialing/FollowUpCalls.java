package com.followup.dialer.dialing;

import static com.followup.dialer.db.SqlStatements.list;

import com.followup.campaign.bulk.SqlValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * Every call attempt placed for some follow-ups (a ticket's callbacks, for QA's timeline), in the
 * order they were placed, with the outcome the agent or the dialer applied.
 */
@Singleton
public class FollowUpCalls {

  /** At most this many attempts are read for one question. */
  public static final int LIMIT = 500;

  private final TransactionOperations<Connection> transactions;

  FollowUpCalls(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  public List<Call> of(List<Long> followUpIds) {
    if (followUpIds.isEmpty()) {
      return List.of();
    }
    String sql =
        "SELECT a.id, a.follow_up_id, a.placed_at, a.answered_at, a.ended_at,"
            + " COALESCE(d.outcome, a.outcome) AS outcome, COALESCE(d.agent, a.agent) AS agent,"
            + " a.talk_seconds, d.notes FROM call_attempt a"
            + " LEFT JOIN dialer_call d ON d.attempt_id = a.id WHERE a.follow_up_id IN ("
            + String.join(", ", Collections.nCopies(followUpIds.size(), "?"))
            + ") ORDER BY a.placed_at, a.id LIMIT "
            + LIMIT;
    return transactions.executeRead(
        s -> list(s.getConnection(), sql, FollowUpCalls::read, followUpIds.toArray()));
  }

  private static Call read(ResultSet row) throws SQLException {
    int talk = row.getInt("talk_seconds");
    Integer talkSeconds = row.wasNull() ? null : talk;
    return new Call(
        row.getLong("id"),
        row.getLong("follow_up_id"),
        SqlValues.instant(row, "placed_at"),
        SqlValues.instant(row, "answered_at"),
        SqlValues.instant(row, "ended_at"),
        row.getString("outcome"),
        row.getString("agent"),
        talkSeconds,
        row.getString("notes"));
  }

  /**
   * One attempt.
   *
   * @param outcome the outcome applied (COMPLETED, NO_ANSWER, ABANDONED …); null while open
   * @param agent the agent it was given to, if any
   * @param notes the agent's notes
   */
  public record Call(
      long attemptId,
      long followUpId,
      Instant placedAt,
      @Nullable Instant answeredAt,
      @Nullable Instant endedAt,
      @Nullable String outcome,
      @Nullable String agent,
      @Nullable Integer talkSeconds,
      @Nullable String notes) {}
}
