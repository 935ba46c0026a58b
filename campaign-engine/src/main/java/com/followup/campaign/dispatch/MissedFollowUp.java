package com.followup.campaign.dispatch;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A follow-up step that ended without contact, to be reported as an SLA breach.
 *
 * @param reason {@code LATE_RECORD} (the dealer reported the record after the deadline), {@code
 *     DEADLINE_PASSED} (no contact in the window) or {@code ATTEMPT_LIMIT}
 * @param missedAt when the obligation was breached: the deadline, or when the last attempt failed
 * @param ticketId the ticket whose callback this was (its SLA target breaches on its own clock)
 */
public record MissedFollowUp(
    long followUpId,
    @Nullable String dealerCode,
    String campaign,
    int step,
    String phone,
    String reason,
    Instant deadline,
    Instant missedAt,
    @Nullable Long ticketId) {

  /** Whether the dealer answers for it: the record arrived after the step's deadline. */
  public boolean chargedToDealer() {
    return "LATE_RECORD".equals(reason);
  }
}
