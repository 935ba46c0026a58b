package com.followup.campaign.followup;

import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.TimelineStep;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The {@code follow_up} row of a planned step, as the bulk loaders write it (id first, unset). */
public final class FollowUpRows {

  public static final List<String> COLUMNS =
      List.of(
          "id",
          "dealer_code",
          "record_pk",
          "campaign",
          "campaign_version",
          "step",
          "phone",
          "timezone",
          "window_start",
          "deadline",
          "next_attempt_at",
          "status",
          "attempts",
          "missed_reason",
          "created_at",
          "wake_at",
          "channel");

  /** Where {@code wake_at} is in a row. */
  public static final int WAKE_AT = COLUMNS.indexOf("wake_at");

  /** Where the columns a dealer's progress counts by are in a row. */
  public static final int DEALER_CODE = COLUMNS.indexOf("dealer_code");

  public static final int CAMPAIGN = COLUMNS.indexOf("campaign");
  public static final int STEP = COLUMNS.indexOf("step");
  public static final int STATUS = COLUMNS.indexOf("status");
  public static final int MISSED_REASON = COLUMNS.indexOf("missed_reason");

  private FollowUpRows() {}

  /** A new step's row; the caller sets element 0, the id. */
  public static Object[] row(
      String dealerCode,
      long recordPk,
      String phone,
      ZoneId zone,
      CampaignTimeline timeline,
      TimelineStep step,
      StepWindow window,
      StepWindow.Standing standing,
      Instant now) {
    return new Object[] {
      null,
      dealerCode,
      recordPk,
      timeline.code(),
      timeline.version(),
      step.step(),
      phone,
      zone.getId(),
      window.start(),
      window.deadline(),
      standing.nextAttempt(),
      standing.status().name(),
      0,
      standing.missedReason(),
      now,
      standing.wakeAt(),
      step.channel().name()
    };
  }
}
