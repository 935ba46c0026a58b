package com.followup.sla.ticket;

import com.followup.sla.policy.SlaPolicies;
import com.followup.sla.policy.SlaPolicy;
import com.followup.sla.policy.TicketEventType;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * A department (or the centre) passes a ticket on to another department: a new transfer, whose
 * notification targets start anew from now.
 */
@Singleton
public class PassOnTicket {

  private final TicketStore store;
  private final SlaPolicies policies;
  private final Handover handover;
  private final ApplicationEventPublisher<TicketEventRecorded> recorded;
  private final Clock clock;

  PassOnTicket(
      TicketStore store,
      SlaPolicies policies,
      Handover handover,
      ApplicationEventPublisher<TicketEventRecorded> recorded,
      Clock clock) {
    this.store = store;
    this.policies = policies;
    this.handover = handover;
    this.recorded = recorded;
    this.clock = clock;
  }

  /**
   * @throws TicketNotFound for an unknown ticket
   * @throws IllegalArgumentException for a missing department, the ticket's own, or long notes
   */
  @Transactional
  public Ticket passOn(TicketId id, String department, String notes, String actor) {
    if (department == null || department.isBlank() || department.length() > 100) {
      throw new IllegalArgumentException("department is required (at most 100 characters)");
    }
    if (notes != null && notes.length() > 2000) {
      throw new IllegalArgumentException("notes are longer than 2000 characters");
    }
    String to = department.trim();
    Instant now = clock.instant();
    Ticket ticket = store.lock(id).orElseThrow(() -> new TicketNotFound(id));
    if (to.equals(ticket.department())) {
      throw new IllegalArgumentException("ticket " + id + " is already with " + to);
    }
    store.insertEvent(id, TicketEventType.PASSED_ON, now, now, actor, notes(ticket, to, notes));
    SlaPolicy policy = policies.version(ticket.type(), ticket.policyVersion());
    handover.handOver(ticket, policy, "PASSED_ON", to, now, now, actor, notes);
    recorded.publishEvent(new TicketEventRecorded(id, TicketEventType.PASSED_ON, now, actor));
    return store.find(id).orElseThrow();
  }

  private static String notes(Ticket ticket, String to, String notes) {
    String moved = ticket.department() + " → " + to;
    String text = notes == null || notes.isBlank() ? moved : moved + ": " + notes;
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }
}
