package com.followup.dialer.dialing;

import static com.followup.dialer.db.SqlStatements.first;
import static com.followup.dialer.db.SqlStatements.list;
import static com.followup.dialer.db.SqlStatements.update;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.dispatch.CallToPlace;
import com.followup.dialer.db.StaleReportHours;
import com.followup.dialer.telephony.AttemptId;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code dialer_call} table: the calls the dialer took, readable on every instance. */
@Singleton
public class DialedCalls {

  private static final String COLUMNS =
      "attempt_id, details, agent, preview, placed, outcome, outcome_at";

  private final TransactionOperations<Connection> transactions;
  private final JsonMapper json;

  DialedCalls(TransactionOperations<Connection> transactions, JsonMapper json) {
    this.transactions = transactions;
    this.json = json;
  }

  void insert(AttemptId attempt, CallToPlace call, String agent, boolean preview, Instant now) {
    String details;
    try {
      details = json.writeValueAsString(call);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    transactions.executeWrite(
        s ->
            update(
                s.getConnection(),
                "INSERT INTO dialer_call (attempt_id, follow_up_id, campaign, phone, details, agent,"
                    + " preview, placed, created_at, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                attempt.value(),
                call.followUpId(),
                call.campaign(),
                call.phone(),
                details,
                agent,
                preview,
                false,
                now,
                call.channel().name()));
  }

  public Optional<DialedCall> find(AttemptId attempt) {
    return Optional.ofNullable(
        transactions.executeRead(
            s ->
                first(
                    s.getConnection(),
                    "SELECT " + COLUMNS + " FROM dialer_call WHERE attempt_id = ?",
                    this::read,
                    attempt.value())));
  }

  void placed(AttemptId attempt) {
    transactions.executeWrite(
        s ->
            update(
                s.getConnection(),
                "UPDATE dialer_call SET placed = TRUE WHERE attempt_id = ?",
                attempt.value()));
  }

  void assign(AttemptId attempt, String agent) {
    transactions.executeWrite(
        s ->
            update(
                s.getConnection(),
                "UPDATE dialer_call SET agent = ? WHERE attempt_id = ?",
                agent,
                attempt.value()));
  }

  /**
   * Marks the outcome applied, once: false when it already was. Runs inside the caller's
   * transaction, so it rolls back with a failed outcome.
   */
  boolean claimOutcome(
      Connection c, AttemptId attempt, String outcome, Boolean satisfied, String notes, Instant at)
      throws SQLException {
    boolean claimed =
        update(
                c,
                "UPDATE dialer_call SET outcome = ?, outcome_at = ?, satisfied = ?, notes = ?"
                    + " WHERE attempt_id = ? AND outcome_at IS NULL",
                outcome,
                at,
                satisfied,
                notes,
                attempt.value())
            == 1;
    if (claimed) {
      StaleReportHours.markAttempt(c, attempt.value());
    }
    return claimed;
  }

  /** Placed calls of {@code campaign} no agent is meant for yet, with no outcome, newer than. */
  List<Instant[]> unassignedInFlight(String campaign, Instant since) {
    return transactions.executeRead(
        s ->
            list(
                s.getConnection(),
                "SELECT d.created_at, a.answered_at FROM dialer_call d"
                    + " JOIN call_attempt a ON a.id = d.attempt_id"
                    + " WHERE d.campaign = ? AND d.channel = 'AGENT' AND d.outcome_at IS NULL"
                    + " AND d.agent IS NULL"
                    + " AND d.placed = TRUE AND a.stage < 4 AND a.abandoned_at IS NULL"
                    + " AND d.created_at >= ?",
                row ->
                    new Instant[] {
                      SqlValues.instant(row, "created_at"), SqlValues.instant(row, "answered_at")
                    },
                campaign,
                since));
  }

  private DialedCall read(ResultSet row) throws SQLException {
    CallToPlace call;
    try {
      call = json.readValue(row.getString("details"), CallToPlace.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DialedCall(
        new AttemptId(row.getLong("attempt_id")),
        call,
        row.getString("agent"),
        row.getBoolean("preview"),
        row.getBoolean("placed"),
        row.getString("outcome"),
        SqlValues.instant(row, "outcome_at"));
  }
}
