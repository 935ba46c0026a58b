package com.followup.bench.dispatch;

import com.followup.bench.SequenceSeed;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Writes pending follow-ups straight into {@code follow_up} with INSERT … SELECT over MariaDB's
 * sequence engine, in the shape the planner writes them: SCHEDULED, first attempt at {@code
 * next_attempt_at} = {@code wake_at}, one distinct phone each, a zone where it is now midday.
 */
final class DispatchSeed {

  static final DateTimeFormatter UTC = SequenceSeed.UTC;

  private final Connection db;
  private final String zone;

  DispatchSeed(Connection db, String zone) {
    this.db = db;
    this.zone = zone;
  }

  /**
   * Follow-ups {@code firstId}…{@code firstId+count-1}, due evenly from {@code from} over {@code
   * span} (all at {@code from} when the span is zero), each with its deadline 3 days later.
   */
  void pending(long firstId, int count, Instant from, Duration span) throws SQLException {
    long stepMicros = span.isZero() ? 0 : Math.max(1, span.toNanos() / 1000 / count);
    SequenceSeed.spread(
        firstId, count, from, stepMicros, (range, offset, due) -> insert(range, offset, due));
  }

  private void insert(String range, long offset, String due) throws SQLException {
    SequenceSeed.exec(
        db,
        "INSERT INTO follow_up (id, dealer_code, record_pk, campaign, campaign_version, step,"
            + " phone, timezone, window_start, deadline, next_attempt_at, status, attempts,"
            + " missed_reason, created_at, wake_at) SELECT seq + "
            + offset
            + ", CONCAT('D', (seq + "
            + offset
            + ") MOD 3000), seq + "
            + offset
            + ", 'purchase', 1, 1, CONCAT('+8613', LPAD(seq + "
            + offset
            + ", 9, '0')), '"
            + zone
            + "', TIMESTAMPADD(HOUR, -1, "
            + due
            + "), TIMESTAMPADD(DAY, 3, "
            + due
            + "), "
            + due
            + ", 'SCHEDULED', 0, NULL, '"
            + UTC.format(Instant.now())
            + "', "
            + due
            + " FROM "
            + range);
  }
}
