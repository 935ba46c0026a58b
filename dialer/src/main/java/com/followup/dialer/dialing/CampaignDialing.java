package com.followup.dialer.dialing;

import com.followup.dialer.pacing.AbandonmentBudget;
import com.followup.dialer.pacing.PacingMode;
import com.followup.dialer.telephony.MachineBehaviour;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;

/**
 * How one campaign is dialed.
 *
 * @param mode how many calls the pacing loop places
 * @param abandonmentCap the highest share of person-answered calls that may be abandoned, today and
 *     over the rolling 30 days (default 3 %)
 * @param machineBehaviour hang up on an answering machine, or leave {@code machineMessage}
 * @param abandonMessage what a person hears when no agent is free in time; names the company
 * @param wrapUpSeconds the campaign's wrap-up time; null for the global one
 * @param recordingAnnouncement said to the person who answers before the agent is bridged ("This
 *     call may be recorded for quality."); null for none
 */
@Serdeable
public record CampaignDialing(
    String campaign,
    PacingMode mode,
    double abandonmentCap,
    MachineBehaviour machineBehaviour,
    String machineMessage,
    String abandonMessage,
    @Nullable Integer wrapUpSeconds,
    @Nullable String recordingAnnouncement) {

  public CampaignDialing {
    if (campaign == null || campaign.isBlank()) {
      throw new IllegalArgumentException("campaign is required");
    }
    if (mode == null) {
      throw new IllegalArgumentException("mode must be PREVIEW, PROGRESSIVE or PREDICTIVE");
    }
    if (!(abandonmentCap > 0 && abandonmentCap < 1)) {
      throw new IllegalArgumentException("abandonmentCap must be above 0 and below 1, like 0.03");
    }
    if (machineBehaviour == null) {
      throw new IllegalArgumentException("machineBehaviour must be HANG_UP or LEAVE_MESSAGE");
    }
    machineMessage = text(machineMessage, "machineMessage");
    abandonMessage = text(abandonMessage, "abandonMessage");
    if (abandonMessage == null) {
      throw new IllegalArgumentException("abandonMessage is required: it names the company");
    }
    if (machineBehaviour == MachineBehaviour.LEAVE_MESSAGE && machineMessage == null) {
      throw new IllegalArgumentException("LEAVE_MESSAGE needs a machineMessage");
    }
    recordingAnnouncement = text(recordingAnnouncement, "recordingAnnouncement");
    if (wrapUpSeconds != null && (wrapUpSeconds < 0 || wrapUpSeconds > 3600)) {
      throw new IllegalArgumentException("wrapUpSeconds must be between 0 and 3600");
    }
  }

  /** A campaign nobody configured: predictive (progressive below 10 agents), 3 %, hang up. */
  public static CampaignDialing defaults(String campaign, DialerSettings settings) {
    String company = settings.companyName();
    return new CampaignDialing(
        campaign,
        PacingMode.PREDICTIVE,
        AbandonmentBudget.DEFAULT_CAP,
        MachineBehaviour.HANG_UP,
        "Hello, this is " + company + ". We will call you again soon.",
        "Hello, this is " + company + ". All our agents are busy; we will call you back.",
        null,
        null);
  }

  /** The wrap-up time of this campaign. */
  public Duration wrapUp(DialerSettings settings) {
    return wrapUpSeconds == null ? settings.wrapUp() : Duration.ofSeconds(wrapUpSeconds);
  }

  private static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > 1000) {
      throw new IllegalArgumentException(field + " is longer than 1000 characters");
    }
    return value.trim();
  }
}
