package com.followup.bench.reports;

import static com.followup.bench.SequenceSeed.exec;

import com.followup.bench.SequenceSeed;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A month of dialing as the dialer and campaign engine leave it: attempts (60 % answered by a
 * person, 10 % by a machine, 1 in 50 abandoned), their calls' outcomes, the agents' state log
 * (ON_CALL, WRAP_UP, READY per handled call, 50 agents) and ended follow-ups; every hour marked
 * stale in the attempts', agent-time and ended-steps roll-ups as the writers' transactions mark it.
 */
final class ReportSeed {

  private ReportSeed() {}

  static void seed(Connection db, int attempts, int followUps, Instant from, long monthMicros)
      throws SQLException {
    SequenceSeed.spread(
        1,
        attempts,
        from,
        monthMicros / attempts,
        (range, offset, due) -> {
          exec(
              db,
              "INSERT INTO call_attempt (id, follow_up_id, campaign, phone, telephony_mode,"
                  + " machine_behaviour, stage, agent, placed_at, answered_at, bridged_at,"
                  + " abandoned_at, ended_at, outcome, amd_result, talk_seconds, wrap_up_seconds)"
                  + " SELECT id, id, ELT(1 + id % 3, 'WARRANTY', 'INSTALL', 'SURVEY'),"
                  + " CONCAT('+86138', LPAD(id, 8, '0')), 'SIMULATOR', 'HANG_UP', 4,"
                  + " IF(p AND NOT ab, CONCAT('agent', id % 50), NULL), t,"
                  + " IF(p OR m, t + INTERVAL 9 SECOND, NULL),"
                  + " IF(p AND NOT ab, t + INTERVAL 10 SECOND, NULL),"
                  + " IF(ab, t + INTERVAL 11 SECOND, NULL), t + INTERVAL 200 SECOND,"
                  + " IF(p OR m, 'COMPLETED', 'NO_ANSWER'), IF(p, 'PERSON', IF(m, 'MACHINE',"
                  + " NULL)), IF(p AND NOT ab, 120 + id % 120, NULL), IF(p AND NOT ab, 20 + id"
                  + " % 30, NULL) FROM (SELECT seq + "
                  + offset
                  + " AS id, "
                  + due
                  + " AS t, (seq % 10) < 6 AS p, (seq % 10) = 6 AS m, (seq % 10) < 6 AND seq % 50"
                  + " = 0 AS ab FROM "
                  + range
                  + ") s");
          exec(
              db,
              "INSERT INTO dialer_call (attempt_id, follow_up_id, campaign, phone, details, agent,"
                  + " preview, placed, created_at, outcome, outcome_at, satisfied)"
                  + " SELECT id, id, campaign, phone, '{}', agent, FALSE, TRUE, placed_at,"
                  + " CASE WHEN abandoned_at IS NOT NULL THEN 'ABANDONED' WHEN amd_result ="
                  + " 'MACHINE' THEN 'MACHINE' WHEN amd_result IS NULL THEN 'NO_ANSWER' WHEN id % 7"
                  + " = 0 THEN 'WRONG_PERSON' WHEN id % 5 = 0 THEN 'CALL_BACK' ELSE 'COMPLETED'"
                  + " END, ended_at + INTERVAL 30 SECOND, IF(id % 4 = 0, FALSE, TRUE)"
                  + " FROM call_attempt WHERE id > "
                  + offset
                  + " AND id <= "
                  + (offset + Integer.parseInt(range.substring(range.lastIndexOf('_') + 1))));
        });
    for (String[] state :
        new String[][] {
          {"ON_CALL", "bridged_at"},
          {"WRAP_UP", "ended_at"},
          {"READY", "ended_at + INTERVAL wrap_up_seconds SECOND"}
        }) {
      exec(
          db,
          "INSERT INTO dialer_agent_state_log (username, state, started_at, attempt_id, campaign)"
              + " SELECT agent, '"
              + state[0]
              + "', "
              + state[1]
              + ", IF('"
              + state[0]
              + "' = 'READY', NULL, id), IF('"
              + state[0]
              + "' = 'READY', NULL, campaign) FROM call_attempt WHERE bridged_at IS NOT NULL");
    }
    SequenceSeed.spread(
        1,
        followUps,
        from,
        monthMicros / followUps,
        (range, offset, due) ->
            exec(
                db,
                "INSERT INTO follow_up (id, dealer_code, record_pk, campaign, campaign_version,"
                    + " step, phone, timezone, window_start, deadline, status, attempts,"
                    + " missed_reason, created_at, settled_at) SELECT seq + "
                    + offset
                    + ", CONCAT('D', LPAD((seq + "
                    + offset
                    + ") % 200, 4, '0')), seq + "
                    + offset
                    + ", ELT(1 + seq % 3, 'WARRANTY', 'INSTALL', 'SURVEY'), 1, 1 + seq % 3,"
                    + " CONCAT('+86139', LPAD(seq + "
                    + offset
                    + ", 8, '0')), 'Asia/Shanghai', "
                    + due
                    + " - INTERVAL 2 DAY, "
                    + due
                    + " + INTERVAL IF(seq % 9 = 0, -1, 1) HOUR, IF(seq % 6 = 0, 'MISSED',"
                    + " 'COMPLETED'), 1 + seq % 4, IF(seq % 6 = 0, ELT(1 + seq % 4, 'LATE_RECORD',"
                    + " 'ATTEMPT_LIMIT', 'DEADLINE_PASSED', 'DEADLINE_PASSED'), NULL), "
                    + due
                    + " - INTERVAL 2 DAY, "
                    + due
                    + " FROM "
                    + range));
    exec(
        db,
        "INSERT IGNORE INTO dialer_report_stale (hour_start) SELECT DISTINCT"
            + " DATE_FORMAT(placed_at, '%Y-%m-%d %H:00:00') FROM call_attempt");
    exec(
        db,
        "INSERT IGNORE INTO dialer_agent_time_stale (hour_start) SELECT DISTINCT"
            + " DATE_FORMAT(started_at, '%Y-%m-%d %H:00:00') FROM dialer_agent_state_log");
    exec(
        db,
        "INSERT IGNORE INTO follow_up_report_stale (hour_start) SELECT DISTINCT"
            + " DATE_FORMAT(settled_at, '%Y-%m-%d %H:00:00') FROM follow_up");
  }

  /** The attempt figures by plain GROUP BY over the raw rows, as the dialer's roll-up has them. */
  static String rawAttempts(String from, String to) {
    return "SELECT DATE_FORMAT(a.placed_at, '%Y-%m-%d %H:00:00') AS h, a.campaign, a.agent,"
        + " COUNT(*), SUM(a.answered_at IS NOT NULL AND COALESCE(a.amd_result, 'PERSON') <>"
        + " 'MACHINE'), SUM(a.amd_result = 'MACHINE'), SUM(a.abandoned_at IS NOT NULL),"
        + " SUM(a.answered_at IS NOT NULL AND a.abandoned_at IS NULL AND d.outcome IN"
        + " ('COMPLETED', 'REFUSED', 'CALL_BACK')), SUM(a.bridged_at IS NOT NULL AND"
        + " d.outcome_at IS NOT NULL), SUM(COALESCE(a.talk_seconds, 0)),"
        + " SUM(COALESCE(a.wrap_up_seconds, 0)), SUM(d.outcome = 'COMPLETED'),"
        + " SUM(d.outcome = 'COMPLETED' AND d.satisfied) FROM call_attempt a LEFT JOIN"
        + " dialer_call d ON d.attempt_id = a.id WHERE a.placed_at >= '"
        + from
        + "' AND a.placed_at < '"
        + to
        + "' AND COALESCE(a.outcome, '') <> 'FAILED' GROUP BY h, a.campaign, a.agent";
  }
}
