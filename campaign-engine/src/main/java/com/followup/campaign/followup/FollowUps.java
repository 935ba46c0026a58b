package com.followup.campaign.followup;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
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
    return transactions.executeRead(
        status -> {
          List<FollowUpView> found = new ArrayList<>();
          try (PreparedStatement select =
              status
                  .getConnection()
                  .prepareStatement(
                      "SELECT f.id, f.campaign, f.campaign_version, f.step, f.window_start,"
                          + " f.deadline, f.next_attempt_at, f.status, f.attempts, f.missed_reason"
                          + " FROM follow_up f JOIN dealer_record r ON r.id = f.record_pk"
                          + " WHERE r.dealer_code = ? AND r.record_id = ? ORDER BY f.campaign, f.step")) {
            select.setString(1, dealer);
            select.setString(2, recordId);
            try (ResultSet r = select.executeQuery()) {
              while (r.next()) {
                Timestamp next = r.getTimestamp(7);
                found.add(
                    new FollowUpView(
                        r.getLong(1),
                        r.getString(2),
                        r.getInt(3),
                        r.getInt(4),
                        r.getTimestamp(5).toInstant(),
                        r.getTimestamp(6).toInstant(),
                        next == null ? null : next.toInstant(),
                        r.getString(8),
                        r.getInt(9),
                        r.getString(10)));
              }
            }
          }
          return found;
        });
  }
}
