package com.followup.sla.ticket;

import com.followup.sla.policy.TicketEventType;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One thing that happened to a ticket, as recorded (never changed afterwards).
 *
 * @param occurredAt when it happened
 * @param recordedAt when it was written down (later for an event entered afterwards)
 */
public record TicketEvent(
    TicketEventType type,
    Instant occurredAt,
    Instant recordedAt,
    String recordedBy,
    @Nullable String notes) {}
