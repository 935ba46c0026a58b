package com.followup.sla.transfer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The JSON body a department's webhook receives (and the e-mail's text is written from); the same
 * bytes on every try of one delivery.
 *
 * @param reason OPENED, PASSED_ON or REOPENED
 * @param notifyBy the deadline of the target its delivery meets, ISO-8601 UTC
 */
@Serdeable
public record TicketDelivery(
    String deliveryId,
    long ticketId,
    long transferId,
    String reason,
    String type,
    String department,
    @Nullable String fromDepartment,
    String customerPhone,
    @Nullable String dealerCode,
    String summary,
    String openedAt,
    String transferredAt,
    @Nullable String notifyBy,
    @Nullable String notes) {}
