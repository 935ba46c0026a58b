package com.followup.campaign.dispatch;

import com.followup.campaign.bulk.SqlValues;
import com.followup.campaign.followup.FollowUpStatus;
import com.followup.campaign.timeline.CallingRules;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.StepChannel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A claimed follow-up row, as the dispatcher and the dial queue see it. */
record DueFollowUp(
    long id,
    String dealerCode,
    long recordPk,
    String campaign,
    int campaignVersion,
    int step,
    String phone,
    String timezone,
    Instant windowStart,
    Instant deadline,
    Instant nextAttemptAt,
    FollowUpStatus status,
    int attempts,
    String missedReason,
    Long ticketId,
    String ticketTarget,
    int maxAttempts,
    CallingRules rules,
    StepChannel channel,
    boolean consentExempt) {

  /** An agent's call. */
  DueFollowUp(
      long id,
      String dealerCode,
      long recordPk,
      String campaign,
      int campaignVersion,
      int step,
      String phone,
      String timezone,
      Instant windowStart,
      Instant deadline,
      Instant nextAttemptAt,
      FollowUpStatus status,
      int attempts,
      String missedReason,
      Long ticketId,
      String ticketTarget,
      int maxAttempts,
      CallingRules rules) {
    this(
        id,
        dealerCode,
        recordPk,
        campaign,
        campaignVersion,
        step,
        phone,
        timezone,
        windowStart,
        deadline,
        nextAttemptAt,
        status,
        attempts,
        missedReason,
        ticketId,
        ticketTarget,
        maxAttempts,
        rules,
        StepChannel.AGENT,
        false);
  }

  static final String COLUMNS =
      "id, dealer_code, record_pk, campaign, campaign_version, step, phone, timezone,"
          + " window_start, deadline, next_attempt_at, status, attempts, missed_reason,"
          + " ticket_id, ticket_target";

  /** {@link #COLUMNS} of a query's table aliased {@code f}. */
  static final String COLUMNS_OF_F =
      Arrays.stream(COLUMNS.split(", ")).map(c -> "f." + c).collect(Collectors.joining(", "));

  /** Reads {@link #COLUMNS}; the step's attempt limit and calling rules come from its version. */
  static DueFollowUp read(ResultSet row, CampaignTimelines timelines) throws SQLException {
    String campaign = row.getString(4);
    int version = row.getInt(5);
    int step = row.getInt(6);
    CampaignTimeline timeline = timelines.version(campaign, version).orElseThrow();
    return new DueFollowUp(
        row.getLong(1),
        row.getString(2),
        row.getLong(3),
        campaign,
        version,
        step,
        row.getString(7),
        row.getString(8),
        SqlValues.instant(row, 9),
        SqlValues.instant(row, 10),
        SqlValues.instant(row, 11),
        FollowUpStatus.valueOf(row.getString(12)),
        row.getInt(13),
        row.getString(14),
        row.getObject(15, Long.class),
        row.getString(16),
        timeline.steps().get(step - 1).maxAttempts(),
        timeline.callingRules(),
        timeline.steps().get(step - 1).channel(),
        timeline.exemptFromConsent());
  }
}
