package com.followup.campaign.forecast;

import com.followup.campaign.bulk.SqlValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Keeps the staffing forecast's hourly counts of pending follow-ups ({@code follow_up_pending},
 * V29) exact: every transaction that changes {@code follow_up} rows calls {@link #leaving} on them
 * before its first write and {@link #entering} after its last, in that transaction, with the rows
 * locked. Each call appends what the rows count for now, summed per key, to {@code
 * follow_up_pending_delta}: a row that stays pending as it was nets to nothing, one that changed
 * moves, one that ends leaves. Appending never touches a row another transaction holds, so a long
 * upload and the dispatcher never wait on each other here, and a transaction rolled back (or lost
 * in a crash) takes its deltas with it.
 */
public final class PendingHours {

  /** Whole hours since 1970-01-01 00:00 UTC of a DATETIME column (stored in UTC). */
  private static String hour(String column) {
    return "TIMESTAMPDIFF(HOUR, '1970-01-01 00:00:00', " + column + ")";
  }

  /** The key columns of a pending follow-up row, named as in follow_up_pending. */
  static final String KEY =
      "status, wake_hour, campaign, campaign_version, step, timezone, attempts, next_hour,"
          + " deadline_hour, deadline_on_hour";

  private static final String COUNT =
      "INSERT INTO follow_up_pending_delta ("
          + KEY
          + ", n) SELECT "
          + KEY
          + ", %sCOUNT(*) FROM (SELECT status, CASE WHEN status = 'DUE' THEN 0 ELSE "
          + hour("wake_at")
          + " END AS wake_hour, campaign, campaign_version, step, timezone, attempts, COALESCE("
          + hour("next_attempt_at")
          + ", 0) AS next_hour, "
          + hour("deadline")
          + " AS deadline_hour, CASE WHEN deadline = TIMESTAMPADD(HOUR, "
          + hour("deadline")
          + ", '1970-01-01 00:00:00') THEN 1 ELSE 0 END AS deadline_on_hour FROM follow_up"
          + " WHERE wake_at IS NOT NULL AND status IN ('SCHEDULED', 'DUE') AND (%s)) f"
          + " GROUP BY "
          + KEY;

  private static final int CHUNK = 1_000;

  private PendingHours() {}

  /** The follow-ups {@code ids} as they are now leave the counts (call before changing them). */
  public static void leaving(Connection c, Collection<Long> ids) throws SQLException {
    byIds(c, "-", ids);
  }

  /** The follow-ups {@code ids} as they are now enter the counts (call after changing them). */
  public static void entering(Connection c, Collection<Long> ids) throws SQLException {
    byIds(c, "", ids);
  }

  /** The follow-ups matching {@code where} (over follow_up's columns) leave the counts. */
  public static void leavingWhere(Connection c, String where, Object... values)
      throws SQLException {
    count(c, "-", where, values);
  }

  /** The follow-ups matching {@code where} (over follow_up's columns) enter the counts. */
  public static void enteringWhere(Connection c, String where, Object... values)
      throws SQLException {
    count(c, "", where, values);
  }

  private static void byIds(Connection c, String sign, Collection<Long> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    List<Long> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Long> part = all.subList(from, Math.min(all.size(), from + CHUNK));
      count(
          c,
          sign,
          "id IN (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")",
          part.toArray());
    }
  }

  private static void count(Connection c, String sign, String where, Object... values)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(COUNT.formatted(sign, where))) {
      SqlValues.bindAll(insert, values);
      insert.executeUpdate();
    }
  }
}
