package com.followup.admin.ticket;

import com.followup.admin.security.Caller;
import com.followup.sla.ticket.Ticket;

/** Who may see a ticket: a DEALER user its dealer's, a DEPARTMENT user its department's. */
public final class TicketAccess {

  private TicketAccess() {}

  public static boolean allows(Caller caller, Ticket ticket) {
    if (caller.dealerUser() && !caller.mayAccess(ticket.dealerCode())) {
      return false;
    }
    return caller.mayAccessDepartment(ticket.department());
  }
}
