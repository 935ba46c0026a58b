package com.followup.bench.forecast;

import com.followup.bench.SequenceSeed;
import com.followup.campaign.forecast.PendingHours;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes pending follow-ups straight into {@code follow_up} (INSERT … SELECT over MariaDB's
 * sequence engine) as the planner leaves them: SCHEDULED, next attempt = wake time spread evenly
 * over the forecast's days, customers in four zones, steps 1 to 3 of the purchase campaign, some
 * with attempts already used, each window closing three days after its next attempt; and their
 * place in the forecast's hourly counts.
 */
final class ForecastSeed {

  static final String[] ZONES = {
    "Asia/Shanghai", "Asia/Urumqi", "Europe/Berlin", "America/New_York"
  };

  private final Connection db;

  ForecastSeed(Connection db) {
    this.db = db;
  }

  /**
   * Ids {@code firstId …}; then, as the engine's writers do in the transaction that writes rows,
   * the forecast's hourly counts take them in ({@link PendingHours}: deltas the app's loop folds
   * in).
   */
  void pending(long firstId, int count, Instant from, Duration span) throws SQLException {
    long stepMicros = Math.max(1, span.toNanos() / 1000 / count);
    SequenceSeed.spread(firstId, count, from, stepMicros, this::insert);
    PendingHours.enteringWhere(db, "id BETWEEN ? AND ?", firstId, firstId + count - 1);
  }

  private void insert(String range, long offset, String due) throws SQLException {
    String id = "seq + " + offset;
    StringBuilder zone = new StringBuilder("ELT(1 + (" + id + ") MOD 4");
    for (String z : ZONES) {
      zone.append(", '").append(z).append('\'');
    }
    zone.append(')');
    SequenceSeed.exec(
        db,
        "INSERT INTO follow_up (id, dealer_code, record_pk, campaign, campaign_version, step,"
            + " phone, timezone, window_start, deadline, next_attempt_at, status, attempts,"
            + " missed_reason, created_at, wake_at) SELECT "
            + id
            + ", CONCAT('D', ("
            + id
            + ") MOD 3000), "
            + id
            + ", 'purchase', 1, 1 + ("
            + id
            + ") MOD 3, CONCAT('+8613', LPAD("
            + id
            + ", 9, '0')), "
            + zone
            + ", TIMESTAMPADD(HOUR, -1, "
            + due
            + "), TIMESTAMPADD(DAY, 3, "
            + due
            + "), "
            + due
            + ", 'SCHEDULED', ("
            + id
            + ") MOD 3, NULL, '"
            + SequenceSeed.UTC.format(Instant.now())
            + "', "
            + due
            + " FROM "
            + range);
  }
}
