package com.followup.dialer.agent;

import com.followup.campaign.bulk.SqlValues;
import com.followup.dialer.telephony.AttemptId;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps {@link Agent} from a {@code dialer_agent} row. */
final class AgentRows {

  static final String COLUMNS =
      "username, state, after_call, state_since, attempt_id, campaign, connected_at,"
          + " call_ended_at, pause_reason, after_call_reason, change_version";

  private AgentRows() {}

  static String select(String where) {
    return "SELECT " + COLUMNS + " FROM dialer_agent WHERE " + where;
  }

  static Agent read(ResultSet row) throws SQLException {
    String afterCall = row.getString("after_call");
    long attempt = row.getLong("attempt_id");
    return new Agent(
        row.getString("username"),
        AgentState.valueOf(row.getString("state")),
        afterCall == null ? null : AgentState.valueOf(afterCall),
        SqlValues.instant(row, "state_since"),
        attempt == 0 ? null : new AttemptId(attempt),
        row.getString("campaign"),
        SqlValues.instant(row, "connected_at"),
        SqlValues.instant(row, "call_ended_at"),
        PauseReason.stored(row.getString("pause_reason")),
        PauseReason.stored(row.getString("after_call_reason")),
        row.getLong("change_version"));
  }
}
