package com.followup.dialer.dialing;

import static com.followup.dialer.db.SqlStatements.first;
import static com.followup.dialer.db.SqlStatements.list;

import com.followup.campaign.bulk.SqlValues;
import com.followup.dialer.pacing.AbandonmentBudget;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What recent attempts ({@code call_attempt}) tell the pacing loop. */
@Singleton
class RecentAttempts {

  /**
   * One ended attempt.
   *
   * @param ringSeconds time to the answer, or null when nobody answered
   * @param person true when a person answered
   * @param handleSeconds talk plus wrap-up, or null when no agent talked
   */
  record Ended(Instant endedAt, Double ringSeconds, boolean person, Double handleSeconds) {}

  private final TransactionOperations<Connection> transactions;

  RecentAttempts(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** Attempts of {@code campaign} that ended after {@code since}, oldest first (at most 1000). */
  List<Ended> endedAfter(String campaign, Instant since) {
    return transactions.executeRead(
        s ->
            list(
                s.getConnection(),
                "SELECT placed_at, answered_at, ended_at, amd_result, talk_seconds, wrap_up_seconds"
                    + " FROM call_attempt WHERE campaign = ? AND ended_at > ?"
                    + " ORDER BY ended_at LIMIT 1000",
                row -> {
                  Instant placed = SqlValues.instant(row, "placed_at");
                  Instant answered = SqlValues.instant(row, "answered_at");
                  int talk = row.getInt("talk_seconds");
                  boolean talked = !row.wasNull() && talk > 0;
                  int wrapUp = row.getInt("wrap_up_seconds");
                  return new Ended(
                      SqlValues.instant(row, "ended_at"),
                      answered == null ? null : Duration.between(placed, answered).toMillis() / 1e3,
                      "PERSON".equals(row.getString("amd_result")),
                      talked ? (double) talk + wrapUp : null);
                },
                campaign,
                since));
  }

  /** The campaign's abandonment today (UTC) and over the 30 days to {@code now}. */
  AbandonmentBudget budget(String campaign, Instant now, double cap) {
    Instant today = now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
    long[] day = counts(campaign, today);
    long[] month = counts(campaign, now.minus(Duration.ofDays(30)));
    return new AbandonmentBudget(
        day[0], day[1], Math.max(month[0], day[0]), Math.max(month[1], day[1]), cap);
  }

  /** True when a call to {@code phone} was abandoned since {@code since}. */
  boolean abandonedSince(String phone, Instant since) {
    return transactions.executeRead(
            s ->
                first(
                    s.getConnection(),
                    "SELECT 1 FROM call_attempt WHERE phone = ? AND abandoned_at >= ? LIMIT 1",
                    row -> Boolean.TRUE,
                    phone,
                    since))
        != null;
  }

  private long[] counts(String campaign, Instant since) {
    return transactions.executeRead(
        s ->
            first(
                s.getConnection(),
                "SELECT COALESCE(SUM(CASE WHEN abandoned_at IS NOT NULL THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN amd_result = 'PERSON' THEN 1 ELSE 0 END), 0)"
                    + " FROM call_attempt WHERE campaign = ? AND placed_at >= ?",
                row -> new long[] {row.getLong(1), row.getLong(2)},
                campaign,
                since));
  }
}
