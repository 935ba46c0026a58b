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
public record StepWindow(Instant start, Instant deadline) {

  /**
   * Where a step stands at a given moment: its next attempt, or MISSED with the reason; and when
   * the dispatcher must look at it next (the attempt, the deadline if no calling moment comes
   * before it, or at once for a MISSED step still to be reported).
   */
  public record Standing(
      Instant nextAttempt, FollowUpStatus status, String missedReason, Instant wakeAt) {}

  public static StepWindow of(Instant eventTime, ZoneId zone, TimelineStep step) {
    var local = eventTime.atZone(zone);
    return new StepWindow(
        local.plusDays(step.opensAfterDays()).toInstant(),
        local.plusDays(step.deadlineDays()).toInstant());
  }

  /**
   * At {@code now}: MISSED because the record came late once the deadline has passed, else
   * SCHEDULED for the first calling moment from the window's start (or now); the dispatcher
   * releases it to the dial queue when that moment comes.
   */
  public Standing standingAt(Instant now, ZoneId zone, CallingRules rules) {
    if (!deadline.isAfter(now)) {
      return new Standing(null, FollowUpStatus.MISSED, "LATE_RECORD", now);
    }
    return scheduleFrom(start.isAfter(now) ? start : now, zone, rules);
  }

  /** SCHEDULED for the first calling moment at or after {@code from}. */
  public Standing scheduleFrom(Instant from, ZoneId zone, CallingRules rules) {
    Instant next = CallingWindow.earliest(from, zone, rules);
    return new Standing(
        next, FollowUpStatus.SCHEDULED, null, next.isBefore(deadline) ? next : deadline);
  }
}
