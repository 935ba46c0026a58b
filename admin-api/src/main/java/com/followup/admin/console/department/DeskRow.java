package com.followup.admin.console.department;

import com.followup.admin.console.manager.tickets.TargetClock;
import com.followup.sla.ticket.Ticket;
import com.followup.sla.transfer.Transfer;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A ticket on the department's desk: the customer's problem, its targets' due times and clocks,
 * where it stands and whether it reached the department.
 *
 * @param current the hand-over that brought it to the department
 */
public record DeskRow(
    Ticket ticket,
    DeskState state,
    List<TargetClock> clocks,
    @Nullable Transfer current,
    Delivered delivered) {

  public long id() {
    return ticket.id().value();
  }
}
