package com.followup.sla.ticket;

import com.followup.sla.policy.TicketEventType;
import java.time.Instant;

/** An event was recorded on a ticket: published inside the transaction that recorded it. */
public record TicketEventRecorded(
    TicketId ticketId, TicketEventType type, Instant at, String actor) {}
