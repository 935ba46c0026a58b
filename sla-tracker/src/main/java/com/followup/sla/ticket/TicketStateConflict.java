package com.followup.sla.ticket;

/** An event that the ticket's state does not allow now (resuming a ticket that is not paused). */
public final class TicketStateConflict extends RuntimeException {

  public TicketStateConflict(String message) {
    super(message);
  }
}
