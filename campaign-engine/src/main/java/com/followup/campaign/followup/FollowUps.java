package com.followup.campaign.followup;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.timeline.StepChannel;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Reads a record's follow-ups, oldest step first. */
@Singleton
public class FollowUps {

  private final TransactionOperations<Connection> transactions;

  FollowUps(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  public List<FollowUpView> forRecord(String dealer, String recordId) {
    return query(
        "SELECT f.id, f.campaign, f.campaign_version, f.step, f.window_start, f.deadline,"
            + " f.next_attempt_at, f.status, f.attempts, f.missed_reason, f.channel FROM follow_up f JOIN"
            + " dealer_record r ON r.id = f.record_pk WHERE r.dealer_code = ? AND r.record_id = ?"
            + " ORDER BY f.campaign, f.step",
        dealer,
        recordId);
  }

  /** The callback follow-ups of a ticket's SLA targets. */
  public List<FollowUpView> forTicket(long ticketId) {
    return query(
        "SELECT f.id, f.campaign, f.campaign_version, f.step, f.window_start, f.deadline,"
            + " f.next_attempt_at, f.status, f.attempts, f.missed_reason, f.channel FROM ticket_callback t"
            + " JOIN follow_up f ON f.id = t.follow_up_id WHERE t.ticket_id = ? ORDER BY f.id",
        ticketId);
  }

  private List<FollowUpView> query(String sql, Object... values) {
    return transactions.executeRead(
        status -> {
          List<FollowUpView> found = new ArrayList<>();
          try (PreparedStatement select = status.getConnection().prepareStatement(sql)) {
            SqlValues.bindAll(select, values);
            try (ResultSet r = select.executeQuery()) {
              while (r.next()) {
                found.add(
                    new FollowUpView(
                        r.getLong(1),
                        r.getString(2),
                        r.getInt(3),
                        r.getInt(4),
                        SqlValues.instant(r, 5),
                        SqlValues.instant(r, 6),
                        SqlValues.instant(r, 7),
                        r.getString(8),
                        r.getInt(9),
                        r.getString(10),
                        StepChannel.valueOf(r.getString(11))));
              }
            }
          }
          return found;
        });
  }
}
