package com.followup.dialer.report;

import static com.followup.dialer.db.SqlStatements.list;
import static com.followup.dialer.db.SqlStatements.update;

import com.followup.campaign.db.ReadCommitted;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hourly roll-up of attempts, {@code dialer_report_hour}. Every change to an attempt or its
 * call's outcome marks the attempt's hour stale in its own transaction ({@code
 * db.StaleReportHours}); {@link #refresh} rebuilds each stale hour of a range from the raw rows and
 * removes the mark in one READ COMMITTED transaction. A writer that marked the hour before the mark
 * is removed has committed (removing it waits for the writer's lock), so the rebuild sees its
 * change; one that marks after finds the hour stale again. Late writes (an outcome entered hours
 * later, a callback replayed the next day) therefore land in the right hour. The same rebuild fills
 * {@code dialer_report_dealer_hour}: the hour's attempts per campaign and dealer of their
 * follow-up.
 */
@Singleton
class AttemptRollup {

  /** The raw GROUP BY over one range of placed_at; add the GROUP BY clause. */
  static final String RAW =
      "SELECT TIMESTAMPADD(HOUR, HOUR(a.placed_at), CAST(CAST(a.placed_at AS DATE) AS DATETIME))"
          + " AS h, a.campaign, a.agent,"
          + " COUNT(*) AS dials,"
          + " SUM(CASE WHEN a.answered_at IS NOT NULL AND COALESCE(a.amd_result, 'PERSON')"
          + " <> 'MACHINE' THEN 1 ELSE 0 END) AS connects,"
          + " SUM(CASE WHEN a.amd_result = 'MACHINE' THEN 1 ELSE 0 END) AS machines,"
          + " SUM(CASE WHEN a.abandoned_at IS NOT NULL AND COALESCE(a.amd_result, 'PERSON')"
          + " <> 'MACHINE' THEN 1 ELSE 0 END) AS abandoned,"
          + " SUM(CASE WHEN a.answered_at IS NOT NULL AND a.abandoned_at IS NULL"
          + " AND COALESCE(a.amd_result, 'PERSON') <> 'MACHINE'"
          + " AND d.outcome IN ('COMPLETED', 'REFUSED', 'CALL_BACK') THEN 1 ELSE 0 END)"
          + " AS right_party,"
          + " SUM(CASE WHEN a.bridged_at IS NOT NULL AND d.outcome_at IS NOT NULL THEN 1 ELSE 0"
          + " END) AS handled,"
          + " SUM(CASE WHEN a.bridged_at IS NOT NULL AND d.outcome_at IS NOT NULL"
          + " THEN COALESCE(a.talk_seconds, 0) ELSE 0 END) AS talk_seconds,"
          + " SUM(CASE WHEN a.bridged_at IS NOT NULL AND d.outcome_at IS NOT NULL"
          + " THEN COALESCE(a.wrap_up_seconds, 0) ELSE 0 END) AS wrap_up_seconds,"
          + " SUM(CASE WHEN d.outcome = 'COMPLETED' THEN 1 ELSE 0 END) AS completed,"
          + " SUM(CASE WHEN d.outcome = 'COMPLETED' AND d.satisfied THEN 1 ELSE 0 END)"
          + " AS satisfied"
          + " FROM call_attempt a LEFT JOIN dialer_call d ON d.attempt_id = a.id"
          + " WHERE a.placed_at >= ? AND a.placed_at < ? AND COALESCE(a.outcome, '') <> 'FAILED'";

  /**
   * {@link #RAW} with the dealer of each attempt's follow-up ('' none), grouped per hour, campaign,
   * agent and dealer: one read of an hour's rows fills both roll-ups.
   */
  static final String RAW_BY_DEALER =
      RAW.replace(" AS h, a.campaign, a.agent,", " AS h, a.campaign, a.agent, f.dealer_code,")
              .replace(
                  " LEFT JOIN dialer_call d ON d.attempt_id = a.id",
                  " LEFT JOIN dialer_call d ON d.attempt_id = a.id"
                      + " LEFT JOIN follow_up f ON f.id = a.follow_up_id")
          + " GROUP BY h, a.campaign, a.agent, f.dealer_code";

  private final TransactionOperations<Connection> transactions;

  AttemptRollup(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** Rebuilds every stale hour in [from, to). */
  void refresh(Instant from, Instant to) {
    List<Instant> stale =
        transactions.executeRead(
            s ->
                list(
                    s.getConnection(),
                    "SELECT hour_start FROM dialer_report_stale WHERE hour_start >= ?"
                        + " AND hour_start < ? ORDER BY hour_start",
                    row -> com.followup.campaign.bulk.SqlValues.instant(row, "hour_start"),
                    from.truncatedTo(ChronoUnit.HOURS),
                    to));
    for (Instant hour : stale) {
      transactions.execute(ReadCommitted.own(), s -> rebuild(s.getConnection(), hour));
    }
  }

  private static boolean rebuild(Connection c, Instant hour) throws SQLException {
    if (update(c, "DELETE FROM dialer_report_stale WHERE hour_start = ?", hour) == 0) {
      return false; // rebuilt by another report meanwhile
    }
    update(c, "DELETE FROM dialer_report_hour WHERE hour_start = ?", hour);
    update(c, "DELETE FROM dialer_report_dealer_hour WHERE hour_start = ?", hour);
    Map<List<String>, AttemptHour> byAgent = new LinkedHashMap<>();
    Map<List<String>, AttemptHour> byDealer = new LinkedHashMap<>();
    for (DealerAttempts r :
        list(
            c,
            RAW_BY_DEALER,
            row ->
                new DealerAttempts(dealer(row.getString("dealer_code")), DialerReports.read(row)),
            hour,
            hour.plus(1, ChronoUnit.HOURS))) {
      AttemptHour a = r.attempts();
      String agent = a.agent() == null ? "" : a.agent();
      byAgent.merge(List.of(a.campaign(), agent), a, DealerAttempts::plus);
      byDealer.merge(
          List.of(a.campaign(), r.dealerCode() == null ? "" : r.dealerCode()),
          a,
          DealerAttempts::plus);
    }
    insert(c, "dialer_report_hour", "agent", hour, byAgent);
    insert(c, "dialer_report_dealer_hour", "dealer_code", hour, byDealer);
    return true;
  }

  private static String dealer(String stored) {
    return stored == null || stored.isEmpty() ? null : stored;
  }

  /** Inserts one hour's rows, keyed by campaign and {@code column} ('' none). */
  private static void insert(
      Connection c, String table, String column, Instant hour, Map<List<String>, AttemptHour> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO "
                + table
                + " (hour_start, campaign, "
                + column
                + ", dials, connects, machines, abandoned, right_party, handled, talk_seconds,"
                + " wrap_up_seconds, completed, satisfied)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<List<String>, AttemptHour> row : rows.entrySet()) {
        AttemptHour r = row.getValue();
        com.followup.campaign.bulk.SqlValues.bindAll(
            insert,
            hour,
            row.getKey().get(0),
            row.getKey().get(1),
            r.dials(),
            r.connects(),
            r.machines(),
            r.abandoned(),
            r.rightParty(),
            r.handled(),
            r.talkSeconds(),
            r.wrapUpSeconds(),
            r.completed(),
            r.satisfied());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
