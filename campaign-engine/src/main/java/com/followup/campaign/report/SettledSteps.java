package com.followup.campaign.report;

import java.time.Instant;

/**
 * Follow-up steps that ended in one UTC hour, for one dealer (null: a ticket's callback), campaign,
 * step, status and missed cause.
 *
 * @param status COMPLETED or MISSED
 * @param missedReason a missed step's cause: LATE_RECORD (reported after the deadline),
 *     ATTEMPT_LIMIT (attempts used up) or DEADLINE_PASSED (never reached); null when completed
 * @param inWindow completed by the step's deadline
 */
public record SettledSteps(
    Instant hour,
    String dealerCode,
    String campaign,
    int step,
    String status,
    String missedReason,
    boolean inWindow,
    long count) {}
