package com.followup.admin.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * A small hand-made month (March 2019, around New York's daylight-saving change on the 10th)
 * written straight into the modules' tables, as their code would have left them.
 */
final class ReportDataset {

  static final String CAMPAIGN = "RPT_TEST";
  static final String AGENT = "rpt-agent";

  /** An agent whose state is still open: entries around now. */
  static final String LIVE_AGENT = "rpt-live-agent";

  private static final Instant FROM = Instant.parse("2019-02-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2019-04-01T00:00:00Z");

  private final DataSource db;
  private long id = 9_100_000_000L;

  ReportDataset(DataSource db) {
    this.db = db;
  }

  void clear() throws SQLException {
    run("DELETE FROM dialer_call WHERE campaign IN (?, '=SUM(1)')", CAMPAIGN);
    run("DELETE FROM call_attempt WHERE placed_at >= ? AND placed_at < ?", FROM, TO);
    run("DELETE FROM dialer_report_hour WHERE hour_start >= ? AND hour_start < ?", FROM, TO);
    run("DELETE FROM dialer_report_stale WHERE hour_start >= ? AND hour_start < ?", FROM, TO);
    run("DELETE FROM dialer_agent_state_log WHERE username IN (?, ?)", AGENT, LIVE_AGENT);
    // the agent-time roll-up of the dataset's hours and of the last day is rebuilt on next read
    Instant dayAgo = Instant.now().minus(java.time.Duration.ofDays(1));
    run("DELETE FROM dialer_agent_time_hour WHERE username IN (?, ?)", AGENT, LIVE_AGENT);
    run(
        "DELETE FROM dialer_agent_time_rolled WHERE (hour_start >= ? AND hour_start < ?)"
            + " OR hour_start >= ?",
        FROM,
        TO,
        dayAgo);
    run("DELETE FROM dialer_report_dealer_hour WHERE hour_start >= ? AND hour_start < ?", FROM, TO);
    run("DELETE FROM follow_up WHERE settled_at >= ? AND settled_at < ?", FROM, TO);
    run("DELETE FROM follow_up_report_day WHERE day_start >= ? AND day_start < ?", FROM, TO);
    run("DELETE FROM follow_up_report_stale WHERE hour_start >= ? AND hour_start < ?", FROM, TO);
    run("DELETE FROM sla_breach_step WHERE taken_at >= ? AND taken_at < ?", FROM, TO);
    run("DELETE FROM sla_breach WHERE breached_at >= ? AND breached_at < ?", FROM, TO);
    run("DELETE FROM sla_target WHERE started_at >= ? AND started_at < ?", FROM, TO);
    run("DELETE FROM sla_recomplaint WHERE recorded_at >= ? AND recorded_at < ?", FROM, TO);
    run("DELETE FROM dialer_campaign_settings WHERE campaign = ?", CAMPAIGN);
  }

  void campaignCap(double cap) throws SQLException {
    run(
        "INSERT INTO dialer_campaign_settings (campaign, mode, abandonment_cap, machine_behaviour,"
            + " machine_message, abandon_message, updated_at, updated_by) VALUES (?, 'PROGRESSIVE',"
            + " ?, 'HANG_UP', 'Hello from Report Co.', 'Hello from Report Co., call you back.', ?,"
            + " 'test')",
        CAMPAIGN,
        cap,
        FROM);
  }

  /**
   * An attempt and, with an outcome, its dialer call. answeredBy null: not answered.
   *
   * @return its id
   */
  long attempt(
      String campaign,
      String placedAt,
      String agent,
      String answeredBy,
      boolean bridged,
      boolean abandoned,
      String telephonyOutcome,
      String callOutcome,
      Boolean satisfied,
      Integer talk,
      Integer wrapUp)
      throws SQLException {
    long attempt = ++id;
    Instant placed = Instant.parse(placedAt);
    Instant answered = answeredBy == null ? null : placed.plusSeconds(5);
    run(
        "INSERT INTO call_attempt (id, follow_up_id, campaign, phone, telephony_mode,"
            + " machine_behaviour, stage, agent, placed_at, answered_at, bridged_at, abandoned_at,"
            + " ended_at, outcome, amd_result, talk_seconds, wrap_up_seconds)"
            + " VALUES (?, ?, ?, '+15550100', 'SIMULATOR', 'HANG_UP', 4, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?)",
        attempt,
        attempt,
        campaign,
        agent,
        placed,
        answered,
        bridged ? placed.plusSeconds(6) : null,
        abandoned ? placed.plusSeconds(8) : null,
        placed.plusSeconds(200),
        telephonyOutcome,
        answeredBy,
        talk,
        wrapUp);
    run(
        "INSERT INTO dialer_call (attempt_id, follow_up_id, campaign, phone, details, agent,"
            + " preview, placed, created_at, outcome, outcome_at, satisfied)"
            + " VALUES (?, ?, ?, '+15550100', '{}', ?, FALSE, TRUE, ?, ?, ?, ?)",
        attempt,
        attempt,
        campaign,
        agent,
        placed,
        callOutcome,
        callOutcome == null ? null : placed.plusSeconds(230),
        satisfied);
    markStale(placed);
    return attempt;
  }

  /** What the dialer does in the transaction of every change to an attempt. */
  void markStale(Instant placed) throws SQLException {
    run(
        "INSERT IGNORE INTO dialer_report_stale (hour_start) VALUES (?)",
        placed.truncatedTo(java.time.temporal.ChronoUnit.HOURS));
  }

  void state(String at, String state, String reason) throws SQLException {
    state(AGENT, Instant.parse(at), state, reason);
  }

  /** What the dialer writes on a change of state: the entry, and its hour marked stale. */
  void state(String agent, Instant at, String state, String reason) throws SQLException {
    run(
        "INSERT INTO dialer_agent_state_log (username, state, reason, started_at)"
            + " VALUES (?, ?, ?, ?)",
        agent,
        state,
        reason,
        at);
    run(
        "INSERT IGNORE INTO dialer_agent_time_stale (hour_start) VALUES (?)",
        at.truncatedTo(java.time.temporal.ChronoUnit.HOURS));
  }

  /**
   * The follow-up an attempt dialed, of {@code dealer}: ended (CANCELLED, so in no follow-up
   * figure) in the dataset's months.
   */
  void attemptsFollowUp(long attempt, String dealer) throws SQLException {
    run(
        "INSERT INTO follow_up (id, dealer_code, record_pk, campaign, campaign_version, step,"
            + " phone, timezone, window_start, deadline, status, attempts, created_at, settled_at)"
            + " VALUES (?, ?, NULL, ?, 1, 1, '+15550100', 'America/New_York', ?, ?, 'CANCELLED', 1,"
            + " ?, ?)",
        attempt,
        dealer,
        CAMPAIGN,
        FROM,
        FROM.plusSeconds(86_400),
        FROM,
        FROM.plusSeconds(3_600));
    markSettled(FROM.plusSeconds(3_600));
  }

  void followUp(
      String dealer, int step, String status, String missedReason, String settled, String deadline)
      throws SQLException {
    run(
        "INSERT INTO follow_up (id, dealer_code, record_pk, campaign, campaign_version, step,"
            + " phone, timezone, window_start, deadline, status, attempts, missed_reason,"
            + " created_at, settled_at) VALUES (?, ?, NULL, ?, 1, ?, '+15550100',"
            + " 'America/New_York', ?, ?, ?, 1, ?, ?, ?)",
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
    markSettled(Instant.parse(settled));
  }

  /** What the campaign engine does in the transaction that ends a step. */
  void markSettled(Instant settled) throws SQLException {
    run(
        "INSERT IGNORE INTO follow_up_report_stale (hour_start) VALUES (?)",
        settled.truncatedTo(java.time.temporal.ChronoUnit.HOURS));
  }

  void breach(String target, String department, String dealer, String owner, String at)
      throws SQLException {
    run(
        "INSERT INTO sla_breach (source, target, department, dealer_code, owner, breached_at,"
            + " flagged_at, status) VALUES ('TICKET', ?, ?, ?, ?, ?, ?, 'OPEN')",
        target,
        department,
        dealer,
        owner,
        Instant.parse(at),
        Instant.parse(at));
  }

  void reviewStep(String step, String outcome, String at) throws SQLException {
    run(
        "INSERT INTO sla_breach_step (breach_id, step, outcome, actor, taken_at)"
            + " VALUES (0, ?, ?, 'qa', ?)",
        step,
        outcome,
        Instant.parse(at));
  }

  /** A ticket of {@code department} with one target met or breached at {@code at}. */
  void target(String department, String dealer, boolean met, String at) throws SQLException {
    Instant when = Instant.parse(at);
    long ticket;
    try (Connection c = db.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO sla_ticket (ticket_type, customer_phone, dealer_code, department,"
                    + " summary, policy_version, opened_at, opened_by, created_at)"
                    + " VALUES ('PROBLEM', '+15550100', ?, ?, 'report test', 1, ?, 'test', ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
      bind(insert, dealer, department, when, when);
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

  void recomplaint(String department, String at) throws SQLException {
    run(
        "INSERT INTO sla_recomplaint (ticket_id, department, late_targets, recorded_at,"
            + " recorded_by) VALUES (0, ?, 1, ?, 'test')",
        department,
        Instant.parse(at));
  }

  void run(String sql, Object... values) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, values);
      s.executeUpdate();
    }
  }

  private static void bind(PreparedStatement s, Object... values) throws SQLException {
    com.followup.campaign.bulk.SqlValues.bindAll(s, values);
  }
}
