package com.followup.campaign.progress;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.followup.FollowUpRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The changes to dealers' follow-up counts that one transaction makes, summed per transition (a
 * batch of a thousand releases of one dealer's step is one row) and appended to {@code
 * follow_up_progress_delta} by {@link #write}, in that transaction. Appending never touches a row
 * another transaction holds, so a long upload and the dispatcher never wait on each other here.
 * Follow-ups without a dealer (some SLA callbacks) have no progress and are left out.
 */
public final class ProgressDeltas {

  /** The reason a follow-up missed because the dealer reported its record late. */
  public static final String LATE_RECORD = "LATE_RECORD";

  private record Transition(
      String dealer,
      String campaign,
      int step,
      String from,
      boolean fromLate,
      String to,
      boolean toLate) {}

  private final Map<Transition, Integer> counts = new LinkedHashMap<>();

  /** Whether a follow-up in {@code status} with {@code missedReason} counts as missed-late. */
  public static boolean late(String status, String missedReason) {
    return "MISSED".equals(status) && LATE_RECORD.equals(missedReason);
  }

  /** A follow-up written in {@code status}. */
  public void added(String dealer, String campaign, int step, String status, String reason) {
    count(dealer, campaign, step, null, false, status, late(status, reason));
  }

  /** A follow-up row as the bulk loaders write it ({@link FollowUpRows#COLUMNS}). */
  public void added(Object[] followUpRow) {
    added(
        (String) followUpRow[FollowUpRows.DEALER_CODE],
        (String) followUpRow[FollowUpRows.CAMPAIGN],
        ((Number) followUpRow[FollowUpRows.STEP]).intValue(),
        (String) followUpRow[FollowUpRows.STATUS],
        (String) followUpRow[FollowUpRows.MISSED_REASON]);
  }

  /** A follow-up of one step moved between statuses (nothing when its count does not change). */
  public void moved(
      String dealer,
      String campaign,
      int step,
      String fromStatus,
      String fromReason,
      String toStatus,
      String toReason) {
    boolean fromLate = late(fromStatus, fromReason);
    boolean toLate = late(toStatus, toReason);
    if (!fromStatus.equals(toStatus) || fromLate != toLate) {
      count(dealer, campaign, step, fromStatus, fromLate, toStatus, toLate);
    }
  }

  /** A follow-up rewritten for another dealer or step (a callback booked again). */
  public void rewritten(
      String fromDealer,
      String fromCampaign,
      int fromStep,
      String fromStatus,
      String fromReason,
      String toDealer,
      String campaign,
      int step,
      String status) {
    if (Objects.equals(fromDealer, toDealer) && fromCampaign.equals(campaign) && fromStep == step) {
      moved(toDealer, campaign, step, fromStatus, fromReason, status, null);
    } else {
      count(
          fromDealer,
          fromCampaign,
          fromStep,
          fromStatus,
          late(fromStatus, fromReason),
          null,
          false);
      added(toDealer, campaign, step, status, null);
    }
  }

  private void count(
      String dealer,
      String campaign,
      int step,
      String from,
      boolean fromLate,
      String to,
      boolean toLate) {
    if (dealer != null) {
      counts.merge(
          new Transition(dealer, campaign, step, from, fromLate, to, toLate), 1, Integer::sum);
    }
  }

  /** Whether nothing has been counted. */
  public boolean isEmpty() {
    return counts.isEmpty();
  }

  /** Appends the counted transitions, one row each, in the caller's transaction. */
  public void write(Connection c) throws SQLException {
    if (counts.isEmpty()) {
      return;
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO follow_up_progress_delta (dealer_code, campaign, step, from_status,"
                + " from_late, to_status, to_late, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<Transition, Integer> entry : counts.entrySet()) {
        Transition t = entry.getKey();
        SqlValues.bindAll(
            insert,
            t.dealer(),
            t.campaign(),
            t.step(),
            t.from(),
            t.fromLate() ? 1 : 0,
            t.to(),
            t.toLate() ? 1 : 0,
            entry.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    counts.clear();
  }
}
