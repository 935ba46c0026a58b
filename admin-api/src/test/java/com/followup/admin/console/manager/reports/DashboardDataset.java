package com.followup.admin.console.manager.reports;

import com.followup.campaign.bulk.SqlValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * A small hand-made June 2018 in the centre's zone (Asia/Shanghai, UTC+8), written straight into
 * the modules' tables as their code would have left them. On 15 June: four dials (two handled by
 * {@link #AGENT}, a machine, an abandoned call), so a connect rate of 75 %, a right-party contact
 * rate of 1/3 (a wrong person and an abandoned call are none), abandonment 1/3 (over the 3 % cap)
 * and an average handle time of 95 s; one dial on 10 June. Dealer {@link #DEALER_1}: a step
 * completed within its window and one late on the 15th, an SLA target met; dealer {@link
 * #DEALER_2}: a step missed on the 14th, a target breached and a breach owned by the agent on the
 * 15th.
 */
final class DashboardDataset {

  static final String CAMPAIGN = "DASH_A";
  static final String AGENT = "dash-agent";
  static final String DEALER_1 = "DASHD1";
  static final String DEALER_2 = "DASHD2";
  private static final Instant FROM = Instant.parse("2018-05-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2018-07-01T00:00:00Z");

  private final DataSource db;
  private long id = 9_200_000_000L;

  DashboardDataset(DataSource db) {
    this.db = db;
  }

  void write() throws SQLException {
    clear();
    attempt("2018-06-15T02:00:00Z", AGENT, "PERSON", true, false, "COMPLETED", true, 100, 20);
    attempt("2018-06-15T03:00:00Z", AGENT, "PERSON", true, false, "WRONG_PERSON", null, 60, 10);
    attempt("2018-06-15T04:00:00Z", null, "MACHINE", false, false, "MACHINE", null, null, null);
    attempt("2018-06-15T05:00:00Z", null, "PERSON", false, true, "ABANDONED", null, null, null);
    // 16 June 00:30 in Shanghai, still the 15th in UTC: a machine, the 16th's only dial
    attempt("2018-06-15T16:30:00Z", null, "MACHINE", false, false, "MACHINE", null, null, null);
    attempt("2018-06-10T03:00:00Z", "dash-other", "PERSON", true, false, "COMPLETED", null, 50, 5);
    followUp(DEALER_1, 1, "COMPLETED", null, "2018-06-15T06:00:00Z", "2018-06-16T00:00:00Z");
    followUp(DEALER_1, 2, "COMPLETED", null, "2018-06-15T06:30:00Z", "2018-06-15T01:00:00Z");
    followUp(
        DEALER_2, 1, "MISSED", "DEADLINE_PASSED", "2018-06-14T06:00:00Z", "2018-06-14T06:00:00Z");
    target(DEALER_1, true, "2018-06-15T07:00:00Z");
    target(DEALER_2, false, "2018-06-15T08:00:00Z");
    run(
        "INSERT INTO sla_breach (source, target, department, dealer_code, owner, breached_at,"
            + " flagged_at, status) VALUES ('TICKET', 'TRANSFER', 'service', ?, ?, ?, ?, 'OPEN')",
        DEALER_2,
        AGENT,
        Instant.parse("2018-06-15T08:00:00Z"),
        Instant.parse("2018-06-15T08:00:00Z"));
  }

  void clear() throws SQLException {
    run("DELETE FROM dialer_call WHERE campaign = ?", CAMPAIGN);
    run("DELETE FROM call_attempt WHERE placed_at >= ? AND placed_at < ?", FROM, TO);
    run("DELETE FROM dialer_report_hour WHERE hour_start >= ? AND hour_start < ?", FROM, TO);
    run("DELETE FROM follow_up WHERE settled_at >= ? AND settled_at < ?", FROM, TO);
    run("DELETE FROM sla_breach WHERE breached_at >= ? AND breached_at < ?", FROM, TO);
    run("DELETE FROM sla_target WHERE started_at >= ? AND started_at < ?", FROM, TO);
  }

  private void attempt(
      String placedAt,
      String agent,
      String answeredBy,
      boolean bridged,
      boolean abandoned,
      String callOutcome,
      Boolean satisfied,
      Integer talk,
      Integer wrapUp)
      throws SQLException {
    long attempt = ++id;
    Instant placed = Instant.parse(placedAt);
    run(
        "INSERT INTO call_attempt (id, follow_up_id, campaign, phone, telephony_mode,"
            + " machine_behaviour, stage, agent, placed_at, answered_at, bridged_at, abandoned_at,"
            + " ended_at, outcome, amd_result, talk_seconds, wrap_up_seconds)"
            + " VALUES (?, ?, ?, '+15550100', 'SIMULATOR', 'HANG_UP', 4, ?, ?, ?, ?, ?, ?,"
            + " 'COMPLETED', ?, ?, ?)",
        attempt,
        attempt,
        CAMPAIGN,
        agent,
        placed,
        placed.plusSeconds(5),
        bridged ? placed.plusSeconds(6) : null,
        abandoned ? placed.plusSeconds(8) : null,
        placed.plusSeconds(200),
        answeredBy,
        talk,
        wrapUp);
    run(
        "INSERT INTO dialer_call (attempt_id, follow_up_id, campaign, phone, details, agent,"
            + " preview, placed, created_at, outcome, outcome_at, satisfied)"
            + " VALUES (?, ?, ?, '+15550100', '{}', ?, FALSE, TRUE, ?, ?, ?, ?)",
        attempt,
        attempt,
        CAMPAIGN,
        agent,
        placed,
        callOutcome,
        placed.plusSeconds(230),
        satisfied);
    // what the dialer does in the transaction of every change to an attempt
    run(
        "INSERT IGNORE INTO dialer_report_stale (hour_start) VALUES (?)",
        placed.truncatedTo(java.time.temporal.ChronoUnit.HOURS));
  }

  private void followUp(
      String dealer, int step, String status, String missedReason, String settled, String deadline)
      throws SQLException {
    run(
        "INSERT INTO follow_up (id, dealer_code, record_pk, campaign, campaign_version, step,"
            + " phone, timezone, window_start, deadline, status, attempts, missed_reason,"
            + " created_at, settled_at) VALUES (?, ?, NULL, ?, 1, ?, '+15550100',"
            + " 'Asia/Shanghai', ?, ?, ?, 1, ?, ?, ?)",
        ++id,
        dealer,
        CAMPAIGN,
        step,
        FROM,
        Instant.parse(deadline),
        status,
        missedReason,
        FROM,
        Instant.parse(settled));
  }

  private void target(String dealer, boolean met, String at) throws SQLException {
    Instant when = Instant.parse(at);
    long ticket;
    try (Connection c = db.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO sla_ticket (ticket_type, customer_phone, dealer_code, department,"
                    + " summary, policy_version, opened_at, opened_by, created_at)"
                    + " VALUES ('PROBLEM', '+15550100', ?, 'service', 'dashboard test', 1, ?,"
                    + " 'test', ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
      SqlValues.bindAll(insert, dealer, when, when);
      insert.executeUpdate();
      try (var keys = insert.getGeneratedKeys()) {
        keys.next();
        ticket = keys.getLong(1);
      }
    }
    run(
        "INSERT INTO sla_target (ticket_id, name, status, allowed_ms, started_at, due_at, met_at,"
            + " breached_at) VALUES (?, 'TRANSFER', ?, 600000, ?, ?, ?, ?)",
        ticket,
        met ? "MET" : "BREACHED",
        when.minusSeconds(60),
        when,
        met ? when : null,
        met ? null : when);
  }

  private void run(String sql, Object... params) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      SqlValues.bindAll(s, params);
      s.executeUpdate();
    }
  }
}
