package com.followup.sla.ticket;

import com.followup.sla.policy.SlaPolicies;
import com.followup.sla.policy.SlaPolicy;
import com.followup.sla.policy.TargetRule;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * A callback call reached the customer: records on the ticket the event that meets the callback
 * target under the ticket's policy version (CALLBACK_DONE, or CUSTOMER_ANSWERED for an inquiry).
 */
@Singleton
public class CompleteCallback {

  private final Tickets tickets;
  private final SlaPolicies policies;
  private final RecordTicketEvent events;

  CompleteCallback(Tickets tickets, SlaPolicies policies, RecordTicketEvent events) {
    this.tickets = tickets;
    this.policies = policies;
    this.events = events;
  }

  /**
   * @throws TicketNotFound for an unknown ticket
   * @throws IllegalArgumentException when the ticket's policy has no such target
   */
  @Transactional
  public Ticket complete(long ticketId, String target, Instant at, String actor) {
    TicketId id = new TicketId(ticketId);
    Ticket ticket = tickets.find(id).orElseThrow(() -> new TicketNotFound(id));
    SlaPolicy policy = policies.version(ticket.type(), ticket.policyVersion());
    TargetRule rule =
        policy
            .target(target)
            .orElseThrow(
                () -> new IllegalArgumentException("ticket " + id + " has no target " + target));
    return events.record(id, rule.metBy().get(0), at, "callback call completed", actor);
  }
}
