package com.followup.admin.demo;

import com.followup.campaign.timeline.CallingRules;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.dialer.dialing.CampaignDialing;
import com.followup.dialer.dialing.CampaignDialingSettings;
import com.followup.dialer.pacing.PacingMode;
import jakarta.inject.Singleton;
import java.time.LocalTime;
import java.util.List;

/**
 * Makes the demo's campaigns dial at any hour: a new version of each timeline whose calling hours
 * are 00:00–23:59 in the customer's zone and no holidays (the normal revision, as a manager's
 * {@code PUT /api/campaigns/{code}} makes it), and progressive dialing with time to type an
 * outcome.
 */
@Singleton
class DemoCampaigns {

  static final LocalTime FROM = LocalTime.MIDNIGHT;
  static final LocalTime UNTIL = LocalTime.of(23, 59);
  static final int WRAP_UP_SECONDS = 120;
  private static final List<String> CODES = List.of("purchase", "repair", "callback");
  private static final String BY = "demo";

  private final CampaignTimelines timelines;
  private final CampaignDialingSettings dialing;

  DemoCampaigns(CampaignTimelines timelines, CampaignDialingSettings dialing) {
    this.timelines = timelines;
    this.dialing = dialing;
  }

  /** Widens each campaign not widened yet; returns every demo campaign's current version. */
  List<CampaignTimeline> dialAnyHour() {
    return CODES.stream().map(this::widened).toList();
  }

  private CampaignTimeline widened(String code) {
    CampaignTimeline current =
        timelines
            .current(code)
            .orElseThrow(() -> new IllegalStateException("no default campaign '" + code + "'"));
    CallingRules rules = current.callingRules();
    if (rules.callingFrom().equals(FROM) && rules.callingUntil().equals(UNTIL)) {
      return current;
    }
    CampaignTimeline wide =
        new CampaignTimeline(
            code,
            current.version(),
            current.name(),
            current.recordType(),
            current.steps(),
            new CallingRules(
                FROM,
                UNTIL,
                List.of(),
                rules.maxAttemptsPerDay(),
                rules.maxAttemptsTotal(),
                rules.retryAfterMinutes()),
            null,
            null);
    CampaignTimeline stored = timelines.revise(wide, BY);
    CampaignDialing now = dialing.of(code);
    dialing.save(
        new CampaignDialing(
            code,
            PacingMode.PROGRESSIVE,
            now.abandonmentCap(),
            now.machineBehaviour(),
            now.machineMessage(),
            now.abandonMessage(),
            WRAP_UP_SECONDS,
            now.recordingAnnouncement()),
        BY);
    return stored;
  }
}
