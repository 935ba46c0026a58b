package com.followup.sla.ticket;

/** No ticket has this id. */
public final class TicketNotFound extends RuntimeException {

  public TicketNotFound(TicketId id) {
    super("no ticket " + id);
  }
}
