package com.followup.sla.ticket;

import com.followup.sla.policy.SlaPolicy;
import com.followup.sla.policy.TargetRule;
import com.followup.sla.policy.TicketEventType;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Hands a locked ticket to a department again (passed on, or reopened): the targets met by the
 * department's notification start anew from now, and on a reopening the customer callback too, so
 * the loop runs once more; the new transfer and its deliveries follow from {@link TicketHandedOver}
 * in the same transaction.
 */
@Singleton
class Handover {

  private final TicketStore store;
  private final TargetClocks clocks;
  private final ApplicationEventPublisher<TicketHandedOver> handovers;

  Handover(
      TicketStore store,
      TargetClocks clocks,
      ApplicationEventPublisher<TicketHandedOver> handovers) {
    this.store = store;
    this.clocks = clocks;
    this.handovers = handovers;
  }

  void handOver(
      Ticket ticket,
      SlaPolicy policy,
      String reason,
      String department,
      Instant when,
      Instant now,
      String actor,
      String notes) {
    if (!department.equals(ticket.department())) {
      store.setDepartment(ticket.id(), department);
    }
    boolean reopened = "REOPENED".equals(reason);
    for (Target target : ticket.targets()) {
      policy
          .target(target.name())
          .filter(
              rule ->
                  rule.isMetBy(TicketEventType.DEPARTMENT_NOTIFIED)
                      || (reopened && rule.callback()))
          .ifPresent(rule -> restart(ticket, policy, rule, target, when, now));
    }
    Ticket moved = store.find(ticket.id()).orElseThrow();
    String from = department.equals(ticket.department()) ? null : ticket.department();
    handovers.publishEvent(new TicketHandedOver(moved, reason, from, when, actor, notes));
  }

  private void restart(
      Ticket ticket, SlaPolicy policy, TargetRule rule, Target target, Instant at, Instant now) {
    if (target.isOpen() && !rule.isMetBy(TicketEventType.DEPARTMENT_NOTIFIED)) {
      return; // a callback still to be made stays as it is
    }
    clocks.restart(ticket, policy, rule, target, at, now);
  }
}
