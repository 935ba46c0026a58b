package com.followup.sla.ticket;

/** A ticket's id. */
public record TicketId(long value) {

  public TicketId {
    if (value < 1) {
      throw new IllegalArgumentException("ticket ids are positive: " + value);
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
