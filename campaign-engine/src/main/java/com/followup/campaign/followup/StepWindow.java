package com.followup.campaign.followup;

import com.followup.campaign.timeline.TimelineStep;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A step's window for one record: from {@code opensAfterDays} to {@code deadlineDays} calendar days
 * after the event, counted in the customer's zone (so a daylight-saving change never moves a
 * deadline by an hour).
 */
record StepWindow(Instant start, Instant deadline) {

  static StepWindow of(Instant eventTime, ZoneId zone, TimelineStep step) {
    var local = eventTime.atZone(zone);
    return new StepWindow(
        local.plusDays(step.opensAfterDays()).toInstant(),
        local.plusDays(step.deadlineDays()).toInstant());
  }
}
