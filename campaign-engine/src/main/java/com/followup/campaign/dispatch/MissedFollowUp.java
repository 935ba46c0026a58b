package com.followup.campaign.dispatch;

import java.time.Instant;

/**
 * A follow-up step that ended without contact, to be reported as an SLA breach.
 *
 * @param reason {@code LATE_RECORD} (the dealer reported the record after the deadline), {@code
 *     DEADLINE_PASSED} (no contact in the window) or {@code ATTEMPT_LIMIT}
 * @param missedAt when the obligation was breached: the deadline, or when the last attempt failed
 */
public record MissedFollowUp(
    long followUpId,
    String dealerCode,
    String campaign,
    int step,
    String phone,
    String reason,
    Instant deadline,
    Instant missedAt) {

  /** Whether the dealer answers for it: the record arrived after the step's deadline. */
  public boolean chargedToDealer() {
    return "LATE_RECORD".equals(reason);
  }
}
