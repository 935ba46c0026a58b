package com.followup.dialer.telephony;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Maps {@link CallAttempt} to and from a {@code call_attempt} row. */
final class CallAttemptRows {

  static final String COLUMNS =
      "id, follow_up_id, campaign, phone, telephony_mode, machine_behaviour, machine_message,"
          + " abandon_message, provider_call_id, stage, agent, placed_at, ringing_at, answered_at,"
          + " bridged_at, abandoned_at, ended_at, outcome, amd_result, duration_seconds,"
          + " talk_seconds, wrap_up_seconds, failure_reason, recording_announcement, announced_at";

  static final String INSERT =
      "INSERT INTO call_attempt ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  static final String UPDATE =
      "UPDATE call_attempt SET provider_call_id = ?, stage = ?, agent = ?, ringing_at = ?,"
          + " answered_at = ?, bridged_at = ?, abandoned_at = ?, ended_at = ?, outcome = ?,"
          + " amd_result = ?, duration_seconds = ?, talk_seconds = ?, wrap_up_seconds = ?,"
          + " failure_reason = ?, announced_at = ? WHERE id = ?";

  // as text: Connector/J drops the milliseconds of a Timestamp parameter on MariaDB
  private static final DateTimeFormatter UTC_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private CallAttemptRows() {}

  static void bindInsert(PreparedStatement s, CallAttempt a) throws SQLException {
    OutboundCall call = a.call();
    set(
        s,
        1,
        call.attemptId().value(),
        call.followUpId(),
        call.campaign(),
        call.to(),
        a.mode().name(),
        call.machineBehaviour().name(),
        call.machineMessage(),
        call.abandonMessage());
    bindChanging(s, 9, a);
  }

  static void bindUpdate(PreparedStatement s, CallAttempt a) throws SQLException {
    CallTimes t = a.times();
    CallResult r = a.result();
    set(s, 1, a.providerCallId(), a.stage().ordinal(), a.agent());
    set(s, 4, t.ringingAt(), t.answeredAt(), t.bridgedAt(), t.abandonedAt(), t.endedAt());
    set(s, 9, name(r.outcome()), name(r.amdResult()), r.durationSeconds(), r.talkSeconds());
    set(s, 13, r.wrapUpSeconds(), failure(r), t.announcedAt(), a.id().value());
  }

  private static void bindChanging(PreparedStatement s, int from, CallAttempt a)
      throws SQLException {
    CallTimes t = a.times();
    CallResult r = a.result();
    set(s, from, a.providerCallId(), a.stage().ordinal(), a.agent(), t.placedAt());
    set(s, from + 4, t.ringingAt(), t.answeredAt(), t.bridgedAt(), t.abandonedAt(), t.endedAt());
    set(s, from + 9, name(r.outcome()), name(r.amdResult()), r.durationSeconds());
    set(s, from + 12, r.talkSeconds(), r.wrapUpSeconds(), failure(r));
    set(s, from + 15, a.call().recordingAnnouncement(), t.announcedAt());
  }

  /** The failure as its column holds it: a provider's long error text is cut, never refused. */
  private static String failure(CallResult r) {
    String reason = r.failureReason();
    return reason == null || reason.length() <= 255 ? reason : reason.substring(0, 254) + "…";
  }

  static CallAttempt read(ResultSet row) throws SQLException {
    String machineBehaviour = row.getString("machine_behaviour");
    OutboundCall call =
        new OutboundCall(
            new AttemptId(row.getLong("id")),
            row.getLong("follow_up_id"),
            row.getString("phone"),
            row.getString("campaign"),
            MachineBehaviour.valueOf(machineBehaviour),
            row.getString("machine_message"),
            row.getString("abandon_message"),
            row.getString("recording_announcement"));
    CallTimes times =
        new CallTimes(
            instant(row, "placed_at"),
            instant(row, "ringing_at"),
            instant(row, "answered_at"),
            instant(row, "bridged_at"),
            instant(row, "abandoned_at"),
            instant(row, "ended_at"),
            instant(row, "announced_at"));
    String outcome = row.getString("outcome");
    String amd = row.getString("amd_result");
    CallResult result =
        new CallResult(
            outcome == null ? null : CallEventType.valueOf(outcome),
            amd == null ? null : AnsweredBy.valueOf(amd),
            integer(row, "duration_seconds"),
            integer(row, "talk_seconds"),
            integer(row, "wrap_up_seconds"),
            row.getString("failure_reason"));
    return new CallAttempt(
        call,
        TelephonyMode.valueOf(row.getString("telephony_mode")),
        row.getString("provider_call_id"),
        CallStage.values()[row.getInt("stage")],
        row.getString("agent"),
        times,
        result);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    LocalDateTime value = row.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  private static Integer integer(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }

  private static void set(PreparedStatement s, int from, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value == null) {
        s.setNull(from + i, Types.NULL);
      } else if (value instanceof Instant instant) {
        s.setString(from + i, UTC_MILLIS.format(instant));
      } else {
        s.setObject(from + i, value);
      }
    }
  }
}
