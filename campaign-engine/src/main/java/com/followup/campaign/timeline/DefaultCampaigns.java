package com.followup.campaign.timeline;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * The timelines a new installation starts with (domain.md): after a purchase, calls within 3, 10
 * and 30 days; after a repair, within 3 days; calls 09:00–20:00 in the customer's zone. Stored
 * once, as version 1, when a campaign has no version yet; managers change them from there.
 */
@Singleton
public class DefaultCampaigns {

  static final CallingRules RULES =
      new CallingRules(
          LocalTime.of(9, 0),
          LocalTime.of(20, 0),
          List.of(),
          3,
          6,
          Map.of("NO_ANSWER", 120, "BUSY", 30, "MACHINE", 240, "ABANDONED", 60));

  /** The campaign SLA callbacks are dialed in. */
  public static final String CALLBACK = "callback";

  static final List<CampaignTimeline> DEFAULTS =
      List.of(
          new CampaignTimeline(
              "purchase",
              1,
              "After purchase",
              "PURCHASE",
              List.of(
                  new TimelineStep(1, 0, 3, 6),
                  new TimelineStep(2, 3, 10, 6),
                  new TimelineStep(3, 10, 30, 6)),
              RULES,
              null,
              null),
          new CampaignTimeline(
              CALLBACK,
              1,
              "SLA callbacks",
              null,
              // the window of each callback is its SLA target's; the step gives its attempts
              List.of(new TimelineStep(1, 0, 1, 6)),
              new CallingRules(
                  LocalTime.of(9, 0),
                  LocalTime.of(20, 0),
                  List.of(),
                  3,
                  6,
                  Map.of("NO_ANSWER", 30, "BUSY", 10, "MACHINE", 60, "ABANDONED", 15)),
              null,
              null),
          new CampaignTimeline(
              "repair",
              1,
              "After repair",
              "REPAIR",
              List.of(new TimelineStep(1, 0, 3, 6)),
              RULES,
              null,
              null));

  private final CampaignTimelines timelines;

  DefaultCampaigns(CampaignTimelines timelines) {
    this.timelines = timelines;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    storeMissing();
  }

  /** Stores version 1 of each default campaign that has no version yet; safe to call again. */
  public void storeMissing() {
    for (CampaignTimeline campaign : DEFAULTS) {
      if (timelines.current(campaign.code()).isEmpty()) {
        try {
          timelines.revise(campaign, "system");
        } catch (TimelineConflict raced) {
          // another instance stored it first
        }
      }
    }
  }
}
