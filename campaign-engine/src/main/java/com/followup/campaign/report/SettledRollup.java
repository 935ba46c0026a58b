package com.followup.campaign.report;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.db.ReadCommitted;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The daily roll-up of ended steps, {@code follow_up_report_day}: per UTC day, dealer, campaign,
 * step, status, missed cause and in-window flag the steps whose {@code settled_at} fell in the day.
 * Every change to a row's {@code settled_at}, or to a row that has one, marks the hour of its
 * settled_at in {@code follow_up_report_stale} inside the transaction of the change ({@link #mark},
 * {@link #markRow}); {@link #days} rebuilds each marked day from the raw rows and removes its marks
 * in one READ COMMITTED transaction first (a writer that marked before has committed by then; one
 * that marks later leaves the day marked), as the dialer's roll-ups do.
 */
@Singleton
public class SettledRollup {

  private static final Duration DAY = Duration.ofDays(1);

  private final TransactionOperations<Connection> transactions;

  SettledRollup(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** The hour holding {@code settledAt} is stale: a step settles then. */
  public static void mark(Connection c, Instant settledAt) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement("INSERT IGNORE INTO follow_up_report_stale (hour_start) VALUES (?)")) {
      SqlValues.bindAll(insert, settledAt.truncatedTo(ChronoUnit.HOURS));
      insert.executeUpdate();
    }
  }

  /** The hour of follow-up {@code id}'s settled_at (if it has one) is stale: the row changes. */
  public static void markRow(Connection c, long id) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT IGNORE INTO follow_up_report_stale (hour_start) SELECT TIMESTAMPADD(HOUR,"
                + " HOUR(settled_at), CAST(CAST(settled_at AS DATE) AS DATETIME)) FROM follow_up"
                + " WHERE id = ? AND settled_at IS NOT NULL")) {
      SqlValues.bindAll(insert, id);
      insert.executeUpdate();
    }
  }

  /** The steps of the whole UTC days [from, to), summed per day, rebuilt first where marked. */
  List<SettledSteps> days(Instant from, Instant to) {
    List<Instant> stale =
        transactions.executeRead(
            s -> {
              TreeSet<Instant> days = new TreeSet<>();
              try (PreparedStatement select =
                  s.getConnection()
                      .prepareStatement(
                          "SELECT hour_start FROM follow_up_report_stale WHERE hour_start >= ?"
                              + " AND hour_start < ?")) {
                SqlValues.bindAll(select, from, to);
                try (ResultSet row = select.executeQuery()) {
                  while (row.next()) {
                    days.add(floorDay(SqlValues.instant(row, "hour_start")));
                  }
                }
              }
              return new ArrayList<>(days);
            });
    for (Instant day : stale) {
      transactions.execute(ReadCommitted.own(), s -> rebuild(s.getConnection(), day));
    }
    return transactions.executeRead(
        s ->
            read(
                s.getConnection(),
                "SELECT dealer_code, campaign, step, status, missed_reason, in_window,"
                    + " SUM(n) AS n FROM follow_up_report_day WHERE day_start >= ?"
                    + " AND day_start < ? GROUP BY dealer_code, campaign, step, status,"
                    + " missed_reason, in_window",
                from,
                from,
                to));
  }

  private static boolean rebuild(Connection c, Instant day) throws SQLException {
    Instant end = day.plus(DAY);
    if (update(
            c,
            "DELETE FROM follow_up_report_stale WHERE hour_start >= ? AND hour_start < ?",
            day,
            end)
        == 0) {
      return false; // rebuilt by another report meanwhile
    }
    update(c, "DELETE FROM follow_up_report_day WHERE day_start = ?", day);
    List<SettledSteps> rows = read(c, FollowUpReports.SETTLED_TOTALS, day, day, end);
    if (rows.isEmpty()) {
      return true;
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO follow_up_report_day (day_start, dealer_code, campaign, step, status,"
                + " missed_reason, in_window, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (SettledSteps r : rows) {
        SqlValues.bindAll(
            insert,
            day,
            r.dealerCode() == null ? "" : r.dealerCode(),
            r.campaign(),
            r.step(),
            r.status(),
            r.missedReason() == null ? "" : r.missedReason(),
            r.inWindow() ? 1 : 0,
            r.count());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return true;
  }

  /** Reads the summed rows of {@code sql} (bound to {@code values}), under {@code hour}. */
  static List<SettledSteps> read(Connection c, String sql, Instant hour, Object... values)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      SqlValues.bindAll(select, values);
      List<SettledSteps> steps = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          steps.add(
              new SettledSteps(
                  hour,
                  blankAsNull(row.getString("dealer_code")),
                  row.getString("campaign"),
                  row.getInt("step"),
                  row.getString("status"),
                  blankAsNull(row.getString("missed_reason")),
                  row.getInt("in_window") == 1,
                  row.getLong("n")));
        }
      }
      return steps;
    }
  }

  private static String blankAsNull(String stored) {
    return stored == null || stored.isEmpty() ? null : stored;
  }

  private static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      SqlValues.bindAll(statement, values);
      return statement.executeUpdate();
    }
  }

  static Instant floorDay(Instant at) {
    return at.truncatedTo(ChronoUnit.DAYS);
  }

  static Instant ceilDay(Instant at) {
    Instant floor = floorDay(at);
    return floor.equals(at) ? at : floor.plus(DAY);
  }
}
