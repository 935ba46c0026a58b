package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** The one open dial path a contact may have: a row keyed by the phone number. */
final class DialPaths {

  private DialPaths() {}

  /** Takes the contact's dial path for {@code f} until {@code until}; false if another holds it. */
  static boolean take(Connection c, DueFollowUp f, Instant now, Instant until) throws SQLException {
    try (PreparedStatement stale =
        c.prepareStatement("DELETE FROM dial_path WHERE phone = ? AND expires_at <= ?")) {
      SqlValues.bindAll(stale, f.phone(), now);
      stale.executeUpdate();
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT IGNORE INTO dial_path (phone, follow_up_id, expires_at) VALUES (?, ?, ?)")) {
      SqlValues.bindAll(insert, f.phone(), f.id(), until);
      return insert.executeUpdate() == 1;
    }
  }
}
