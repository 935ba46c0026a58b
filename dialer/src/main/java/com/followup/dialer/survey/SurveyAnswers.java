package com.followup.dialer.survey;

import static com.followup.dialer.db.SqlStatements.list;
import static com.followup.dialer.db.SqlStatements.update;

import com.followup.campaign.bulk.SqlValues;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The {@code survey_answer} table: one answer per attempt and question. */
@Singleton
public class SurveyAnswers {

  private static final String COLUMNS =
      "attempt_id, follow_up_id, campaign, question, answer, digits, speech, low, ticket_id,"
          + " answered_at";

  private final TransactionOperations<Connection> transactions;

  SurveyAnswers(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** Keeps {@code answer}; false when the attempt's question was answered before (a replay). */
  boolean keep(SurveyAnswer a) {
    return transactions.executeWrite(
        s ->
            update(
                    s.getConnection(),
                    "INSERT IGNORE INTO survey_answer ("
                        + COLUMNS
                        + ")"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    a.attemptId(),
                    a.followUpId(),
                    a.campaign(),
                    a.question(),
                    a.answer(),
                    a.digits(),
                    a.speech(),
                    a.low(),
                    a.ticketId(),
                    a.answeredAt())
                == 1);
  }

  void ticketOpened(long attemptId, String question, long ticketId) {
    transactions.executeWrite(
        s ->
            update(
                s.getConnection(),
                "UPDATE survey_answer SET ticket_id = ? WHERE attempt_id = ? AND question = ?",
                ticketId,
                attemptId,
                question));
  }

  /** The answers given on {@code followUpId}'s calls, oldest first. */
  public List<SurveyAnswer> ofFollowUp(long followUpId) {
    return transactions.executeRead(
        s ->
            list(
                s.getConnection(),
                "SELECT "
                    + COLUMNS
                    + " FROM survey_answer WHERE follow_up_id = ?"
                    + " ORDER BY answered_at, attempt_id, question",
                SurveyAnswers::read,
                followUpId));
  }

  /** The answers given on one call, in the order given. */
  public List<SurveyAnswer> ofAttempt(long attemptId) {
    return transactions.executeRead(
        s ->
            list(
                s.getConnection(),
                "SELECT "
                    + COLUMNS
                    + " FROM survey_answer WHERE attempt_id = ?"
                    + " ORDER BY answered_at, question",
                SurveyAnswers::read,
                attemptId));
  }

  /** How often each answer was given per campaign and question, answered in [from, to). */
  public List<AnswerCount> counts(Instant from, Instant to) {
    return transactions.executeRead(
        s ->
            list(
                s.getConnection(),
                "SELECT campaign, question, answer, COUNT(*) AS n FROM survey_answer"
                    + " WHERE answered_at >= ? AND answered_at < ?"
                    + " GROUP BY campaign, question, answer ORDER BY campaign, question, answer",
                row ->
                    new AnswerCount(
                        row.getString("campaign"),
                        row.getString("question"),
                        row.getString("answer"),
                        row.getLong("n")),
                from,
                to));
  }

  private static SurveyAnswer read(ResultSet row) throws SQLException {
    long ticket = row.getLong("ticket_id");
    return new SurveyAnswer(
        row.getLong("attempt_id"),
        row.getLong("follow_up_id"),
        row.getString("campaign"),
        row.getString("question"),
        row.getString("answer"),
        row.getString("digits"),
        row.getString("speech"),
        row.getBoolean("low"),
        row.wasNull() ? null : ticket,
        SqlValues.instant(row, "answered_at"));
  }
}
