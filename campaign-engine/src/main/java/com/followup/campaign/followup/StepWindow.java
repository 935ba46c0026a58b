package com.followup.campaign.followup;

import com.followup.campaign.timeline.CallingRules;
import com.followup.campaign.timeline.TimelineStep;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A step's window for one record: from {@code opensAfterDays} to {@code deadlineDays} calendar days
 * after the event, counted in the customer's zone (so a daylight-saving change never moves a
 * deadline by an hour).
 */
record StepWindow(Instant start, Instant deadline) {

  /** Where a step stands at a given moment: its next attempt, or MISSED with the reason. */
  record Standing(Instant nextAttempt, FollowUpStatus status, String missedReason) {}

  static StepWindow of(Instant eventTime, ZoneId zone, TimelineStep step) {
    var local = eventTime.atZone(zone);
    return new StepWindow(
        local.plusDays(step.opensAfterDays()).toInstant(),
        local.plusDays(step.deadlineDays()).toInstant());
  }

  /**
   * At {@code now}: MISSED because the record came late once the deadline has passed, else the
   * first calling moment from the window's start (or now), DUE when that moment has come.
   */
  Standing standingAt(Instant now, ZoneId zone, CallingRules rules) {
    if (!deadline.isAfter(now)) {
      return new Standing(null, FollowUpStatus.MISSED, "LATE_RECORD");
    }
    Instant next = CallingWindow.earliest(start.isAfter(now) ? start : now, zone, rules);
    return new Standing(
        next, next.isAfter(now) ? FollowUpStatus.SCHEDULED : FollowUpStatus.DUE, null);
  }
}
