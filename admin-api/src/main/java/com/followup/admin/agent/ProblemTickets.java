package com.followup.admin.agent;

import com.followup.campaign.dispatch.CallToPlace;
import com.followup.sla.policy.TicketType;
import com.followup.sla.ticket.NewTicket;
import com.followup.sla.ticket.OpenTicket;
import jakarta.inject.Singleton;

/** A problem raised on a follow-up call becomes a PROBLEM ticket in the SLA tracker. */
@Singleton
class ProblemTickets {

  private final OpenTicket open;

  ProblemTickets(OpenTicket open) {
    this.open = open;
  }

  /** Opens the ticket for the call's customer and dealer; returns its id. */
  long open(OutcomeRequest.ProblemRequest problem, CallToPlace call, String agent) {
    return open.open(
            new NewTicket(
                TicketType.PROBLEM,
                call.phone(),
                call.dealerCode(),
                problem.department(),
                problem.summary(),
                null,
                agent,
                call.followUpId()))
        .id()
        .value();
  }
}
