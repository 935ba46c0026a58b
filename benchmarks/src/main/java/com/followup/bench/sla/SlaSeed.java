package com.followup.bench.sla;

import com.followup.bench.SequenceSeed;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Writes open PROBLEM tickets straight into the SLA tables with bulk INSERT … SELECT over MariaDB's
 * sequence engine (seq_1_to_N): one running "transferred" target each, with its breach timer and,
 * for deadlines not yet warned, its warning timer, in the same shape the app writes them.
 */
final class SlaSeed {

  private static final DateTimeFormatter UTC = SequenceSeed.UTC;

  private final Connection db;

  SlaSeed(Connection db) {
    this.db = db;
  }

  /**
   * Tickets {@code firstId}…{@code firstId+count-1}, deadlines spread evenly from {@code from} over
   * {@code span}; {@code warned} ones get no warning timer (their warning lies in the past).
   */
  void openTickets(long firstId, int count, Instant from, Duration span, boolean warned)
      throws SQLException {
    long stepMicros = Math.max(1, span.toNanos() / 1000 / count);
    SequenceSeed.spread(
        firstId,
        count,
        from,
        stepMicros,
        (range, offset, due) -> insert(range, offset, due, warned));
  }

  private void insert(String range, long offset, String due, boolean warned) throws SQLException {
    String now = "'" + UTC.format(Instant.now()) + "'";
    SequenceSeed.exec(
        db,
        "INSERT INTO sla_ticket (id, ticket_type, customer_phone, dealer_code, department,"
            + " summary, policy_version, opened_at, opened_by, created_at)"
            + " SELECT seq + "
            + offset
            + ", 'PROBLEM', CONCAT('+86138', LPAD(seq + "
            + offset
            + ", 8, '0')), NULL, CONCAT('dept-', seq MOD 20), 'bench', 1,"
            + " TIMESTAMPADD(HOUR, -1, "
            + due
            + "), CONCAT('agent-', seq MOD 200), "
            + now
            + " FROM "
            + range);
    SequenceSeed.exec(
        db,
        "INSERT INTO sla_target (id, ticket_id, name, status, allowed_ms, started_at, due_at,"
            + " warned_at) SELECT seq + "
            + offset
            + ", seq + "
            + offset
            + ", 'transferred',"
            + " 'RUNNING', 3600000, TIMESTAMPADD(HOUR, -1, "
            + due
            + "), "
            + due
            + ", "
            + (warned ? "TIMESTAMPADD(MINUTE, -15, " + due + ")" : "NULL")
            + " FROM "
            + range);
    SequenceSeed.exec(
        db,
        "INSERT INTO sla_timer (target_id, kind, due_at) SELECT seq + "
            + offset
            + ", 'BREACH', "
            + due
            + " FROM "
            + range);
    if (!warned) {
      SequenceSeed.exec(
          db,
          "INSERT INTO sla_timer (target_id, kind, due_at) SELECT seq + "
              + offset
              + ", 'WARNING', TIMESTAMPADD(MINUTE, -15, "
              + due
              + ") FROM "
              + range);
    }
  }
}
