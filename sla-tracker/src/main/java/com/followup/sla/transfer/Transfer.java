package com.followup.sla.transfer;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One hand-over of a ticket to a department.
 *
 * @param reason OPENED, PASSED_ON or REOPENED
 * @param notifiedAt when a delivery to the department first succeeded
 */
public record Transfer(
    long id,
    long ticketId,
    String reason,
    @Nullable String fromDepartment,
    String department,
    Instant transferredAt,
    String transferredBy,
    @Nullable String notes,
    @Nullable Instant notifiedAt,
    @Nullable Instant acknowledgedAt,
    @Nullable Instant resolvedAt) {}
