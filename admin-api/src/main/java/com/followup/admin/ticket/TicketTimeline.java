package com.followup.admin.ticket;

import com.followup.sla.ticket.Ticket;
import com.followup.sla.ticket.Tickets;
import com.followup.sla.transfer.TransferHistory;
import jakarta.inject.Singleton;

/** A ticket with its whole timeline: events, hand-overs and every delivery's tries. */
@Singleton
public class TicketTimeline {

  private final Tickets tickets;
  private final TransferHistory transfers;

  TicketTimeline(Tickets tickets, TransferHistory transfers) {
    this.tickets = tickets;
    this.transfers = transfers;
  }

  public TicketView view(Ticket ticket) {
    return TicketView.of(
        ticket,
        tickets.events(ticket.id()),
        transfers.transfers(ticket.id().value()),
        transfers.deliveries(ticket.id().value()));
  }
}
