package com.followup.sla.ticket;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A ticket was handed to a department: on opening, passed on, or reopened after the customer said
 * it was not resolved. Published inside the transaction that hands it over, so the transfer and its
 * deliveries are written in the same commit.
 *
 * @param reason OPENED, PASSED_ON or REOPENED
 * @param fromDepartment the department that had it, if another
 */
public record TicketHandedOver(
    Ticket ticket,
    String reason,
    @Nullable String fromDepartment,
    Instant at,
    String actor,
    @Nullable String notes) {}
