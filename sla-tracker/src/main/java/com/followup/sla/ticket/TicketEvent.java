package com.followup.sla.ticket;

import com.followup.sla.policy.TicketEventType;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One recorded event of a ticket's timeline. */
public record TicketEvent(
    TicketEventType type, Instant occurredAt, String recordedBy, @Nullable String notes) {}
