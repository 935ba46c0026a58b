package com.followup.bench.console;

import com.followup.bench.SequenceSeed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Earlier calls for the call page's history, in the dialer's own table shapes: {@code background}
 * settled calls to other phones over the last 30 days (so the phone index is a real one), and
 * {@code toPhone} settled calls to the held call's phone, each with its attempt, so the page's
 * history is full (20 of them shown). Written with INSERT … SELECT over MariaDB's sequence engine,
 * ids far above the app's, the held call's details copied (a valid CallToPlace). The app never
 * reads settled calls for dialing.
 */
final class CallHistorySeed {

  private static final long FIRST_ID = 9_000_000_000_000L;

  private CallHistorySeed() {}

  static void seed(Connection db, long heldAttempt, int background, int toPhone)
      throws SQLException {
    String phone;
    try (PreparedStatement select =
        db.prepareStatement("SELECT phone FROM dialer_call WHERE attempt_id = ?")) {
      select.setLong(1, heldAttempt);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        phone = row.getString(1);
      }
    }
    for (int done = 0; done < background; done += 100_000) {
      int size = Math.min(100_000, background - done);
      calls(db, heldAttempt, FIRST_ID + done, size, "CONCAT('+86139', LPAD(seq, 8, '0'))");
    }
    long mine = FIRST_ID + background;
    calls(db, heldAttempt, mine, toPhone, "'" + phone + "'");
    SequenceSeed.exec(
        db,
        "INSERT INTO call_attempt (id, follow_up_id, campaign, phone, telephony_mode,"
            + " machine_behaviour, stage, agent, placed_at, answered_at, ended_at, outcome,"
            + " duration_seconds, talk_seconds, wrap_up_seconds) SELECT attempt_id, follow_up_id,"
            + " campaign, phone, 'SIMULATOR', 'HANG_UP', 4, agent, created_at,"
            + " TIMESTAMPADD(SECOND, 8, created_at), TIMESTAMPADD(SECOND, 100, created_at),"
            + " 'COMPLETED', 100, 92, 30 FROM dialer_call WHERE attempt_id >= "
            + mine);
  }

  private static void calls(Connection db, long held, long firstId, int size, String phone)
      throws SQLException {
    SequenceSeed.exec(
        db,
        "INSERT INTO dialer_call (attempt_id, follow_up_id, campaign, phone, details, agent,"
            + " preview, placed, created_at, outcome, outcome_at, satisfied, notes) SELECT "
            + firstId
            + " + seq, h.follow_up_id, h.campaign, "
            + phone
            + ", h.details, 'agent.bench', FALSE, TRUE,"
            + " TIMESTAMPADD(MINUTE, -(seq MOD 43200) - 60, h.created_at),"
            + " ELT(1 + seq MOD 3, 'NO_ANSWER', 'CALL_BACK', 'COMPLETED'),"
            + " TIMESTAMPADD(MINUTE, -(seq MOD 43200) - 58, h.created_at),"
            + " IF(seq MOD 3 = 2, TRUE, NULL), IF(seq MOD 3 = 1, 'asked to call back', NULL)"
            + " FROM seq_1_to_"
            + size
            + " JOIN dialer_call h ON h.attempt_id = "
            + held);
  }
}
