package com.followup.admin.console.department;

import com.followup.sla.ticket.Ticket;
import com.followup.sla.transfer.Transfer;

/**
 * Where a ticket stands with the department it is with now, read from its current transfer: new
 * (not yet notified), notified, acknowledged, resolved (the centre still calls the customer back),
 * closed (resolved and every target settled).
 */
public enum DeskState {
  NEW,
  NOTIFIED,
  ACKNOWLEDGED,
  RESOLVED,
  CLOSED;

  static DeskState of(Ticket ticket, Transfer current) {
    if (current == null) {
      return NEW;
    }
    if (current.resolvedAt() != null) {
      return ticket.targets().stream().anyMatch(t -> t.isOpen()) ? RESOLVED : CLOSED;
    }
    if (current.acknowledgedAt() != null) {
      return ACKNOWLEDGED;
    }
    return current.notifiedAt() != null ? NOTIFIED : NEW;
  }

  /** Whether the department still has work to do on it (acknowledge, note, resolve, pass on). */
  public boolean withDepartment() {
    return this == NEW || this == NOTIFIED || this == ACKNOWLEDGED;
  }
}
