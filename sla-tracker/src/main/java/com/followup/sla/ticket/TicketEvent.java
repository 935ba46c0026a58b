package com.followup.sla.ticket;

import com.followup.sla.policy.TicketEventType;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One thing recorded on a ticket.
 *
 * @param occurredAt when it happened (may lie before it was recorded)
 * @param recordedAt when it was entered
 */
public record TicketEvent(
    TicketEventType type,
    Instant occurredAt,
    Instant recordedAt,
    String recordedBy,
    @Nullable String notes) {}
