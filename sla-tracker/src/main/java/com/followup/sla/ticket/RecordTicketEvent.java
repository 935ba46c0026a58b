package com.followup.sla.ticket;

import com.followup.sla.policy.SlaPolicies;
import com.followup.sla.policy.SlaPolicy;
import com.followup.sla.policy.TargetRule;
import com.followup.sla.policy.TicketEventType;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * Records what happened to a ticket and moves its targets under the policy version it was opened
 * under: the event meets the targets it names and starts those that run from it; PAUSED and RESUMED
 * stop and restart every running clock; REOPENED on a ticket with late service is a re-complaint
 * counted against its department, and every REOPENED hands the ticket to its department again.
 */
@Singleton
public class RecordTicketEvent {

  private final TicketStore store;
  private final TargetClocks clocks;
  private final SlaPolicies policies;
  private final Handover handover;
  private final ApplicationEventPublisher<TicketEventRecorded> recorded;
  private final Clock clock;

  RecordTicketEvent(
      TicketStore store,
      TargetClocks clocks,
      SlaPolicies policies,
      Handover handover,
      ApplicationEventPublisher<TicketEventRecorded> recorded,
      Clock clock) {
    this.store = store;
    this.clocks = clocks;
    this.policies = policies;
    this.handover = handover;
    this.recorded = recorded;
    this.clock = clock;
  }

  /**
   * @param at when it happened; null for now; never in the future nor before the ticket opened
   * @throws TicketNotFound for an unknown ticket
   * @throws TicketStateConflict when pausing a paused ticket or resuming one that is not
   */
  @Transactional
  public Ticket record(
      TicketId id,
      TicketEventType type,
      @Nullable Instant at,
      @Nullable String notes,
      String actor) {
    if (type == null) {
      throw new IllegalArgumentException("type is required");
    }
    if (type == TicketEventType.PASSED_ON) {
      throw new IllegalArgumentException("a ticket is passed on with its new department (pass-on)");
    }
    if (notes != null && notes.length() > 2000) {
      throw new IllegalArgumentException("notes are longer than 2000 characters");
    }
    Instant now = clock.instant();
    Ticket ticket = store.lock(id).orElseThrow(() -> new TicketNotFound(id));
    Instant when = at == null ? now : at;
    if (when.isAfter(now)) {
      throw new IllegalArgumentException("at must not be in the future: " + when);
    }
    if (when.isBefore(ticket.openedAt())) {
      throw new IllegalArgumentException("at must not be before the ticket was opened: " + when);
    }
    store.insertEvent(id, type, when, now, actor, notes);
    SlaPolicy policy = policies.version(ticket.type(), ticket.policyVersion());
    switch (type) {
      case PAUSED -> pause(ticket, policy, when);
      case RESUMED -> resume(ticket, policy, when);
      case REOPENED -> reopen(ticket, policy, when, now, actor, notes);
      default -> move(ticket, policy, type, when, now);
    }
    recorded.publishEvent(new TicketEventRecorded(id, type, when, actor));
    return store.find(id).orElseThrow();
  }

  private void move(
      Ticket ticket, SlaPolicy policy, TicketEventType type, Instant when, Instant now) {
    for (Target target : ticket.targets()) {
      policy
          .target(target.name())
          .filter(rule -> rule.isMetBy(type))
          .ifPresent(rule -> clocks.meet(ticket, rule, target, when));
    }
    for (TargetRule rule : policy.targets()) {
      if (rule.startsOn(type) && ticket.target(rule.name()).isEmpty()) {
        clocks.start(ticket, policy, rule, when, now);
      }
    }
  }

  private void pause(Ticket ticket, SlaPolicy policy, Instant when) {
    if (ticket.pausedAt() != null) {
      throw new TicketStateConflict("ticket " + ticket.id() + " is already paused");
    }
    ticket.targets().forEach(target -> clocks.pause(target, policy.workingTime(), when));
    store.setPausedAt(ticket.id(), when);
  }

  private void resume(Ticket ticket, SlaPolicy policy, Instant when) {
    if (ticket.pausedAt() == null) {
      throw new TicketStateConflict("ticket " + ticket.id() + " is not paused");
    }
    if (when.isBefore(ticket.pausedAt())) {
      throw new IllegalArgumentException("at must not be before the pause: " + when);
    }
    ticket.targets().forEach(target -> clocks.resume(target, policy, when));
    store.setPausedAt(ticket.id(), null);
  }

  /** A re-complaint when service was late; and the ticket goes back to its department. */
  private void reopen(
      Ticket ticket, SlaPolicy policy, Instant when, Instant now, String actor, String notes) {
    int late =
        (int) ticket.targets().stream().filter(t -> t.status() == TargetStatus.BREACHED).count();
    if (late > 0) {
      store.insertRecomplaint(ticket, late, when, actor);
    }
    handover.handOver(ticket, policy, "REOPENED", ticket.department(), when, now, actor, notes);
  }
}
