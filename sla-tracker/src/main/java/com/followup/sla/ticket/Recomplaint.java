package com.followup.sla.ticket;

import java.time.Instant;

/**
 * The customer complained again about a ticket whose service was late: counted against the
 * responsible department.
 *
 * @param lateTargets how many of the ticket's targets had been breached
 */
public record Recomplaint(
    TicketId ticketId,
    String department,
    String dealerCode,
    int lateTargets,
    Instant recordedAt,
    String recordedBy) {}
