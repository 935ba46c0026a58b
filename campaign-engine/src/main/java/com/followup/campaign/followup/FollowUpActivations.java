package com.followup.campaign.followup;

import com.followup.campaign.bulk.SqlValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Blocks of follow-ups written without a wake time, for the dispatcher to wake once their
 * transaction has committed (see {@code V12__follow_up_activation.sql} for why).
 */
public final class FollowUpActivations {

  private FollowUpActivations() {}

  /** Registers the follow-ups with ids {@code firstId..lastId}, in the caller's transaction. */
  public static void register(Connection c, long firstId, long lastId, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO follow_up_activation (first_id, last_id, next_id, created_at)"
                + " VALUES (?, ?, ?, ?)")) {
      SqlValues.bindAll(insert, firstId, lastId, firstId, now);
      insert.executeUpdate();
    }
  }
}
