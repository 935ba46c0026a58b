package com.followup.sla.ticket;

import com.followup.campaign.dealer.Dealer;
import com.followup.campaign.dealer.DealerDirectory;
import com.followup.sla.policy.SlaPolicies;
import com.followup.sla.policy.SlaPolicy;
import com.followup.sla.policy.TargetRule;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Opens a ticket under its type's current policy and starts the targets that run from opening. An
 * agent opens one by hand, or a call outcome does when a problem is raised on a follow-up. It is
 * handed to its department in the same transaction ({@link TicketHandedOver}).
 */
@Singleton
public class OpenTicket {

  /** How far back a ticket taken on paper may be entered. */
  public static final Duration MAX_BACKDATING = Duration.ofDays(7);

  private final TicketStore store;
  private final TargetClocks clocks;
  private final SlaPolicies policies;
  private final DealerDirectory dealers;
  private final ApplicationEventPublisher<TicketHandedOver> handovers;
  private final Clock clock;

  OpenTicket(
      TicketStore store,
      TargetClocks clocks,
      SlaPolicies policies,
      DealerDirectory dealers,
      ApplicationEventPublisher<TicketHandedOver> handovers,
      Clock clock) {
    this.store = store;
    this.clocks = clocks;
    this.policies = policies;
    this.dealers = dealers;
    this.handovers = handovers;
    this.clock = clock;
  }

  /**
   * @throws IllegalArgumentException for an unknown dealer, an invalid phone or an opening time in
   *     the future or more than 7 days back
   */
  @Transactional
  public Ticket open(NewTicket request) {
    Instant now = clock.instant();
    Instant openedAt = request.openedAt() == null ? now : request.openedAt();
    if (openedAt.isAfter(now)) {
      throw new IllegalArgumentException("openedAt must not be in the future: " + openedAt);
    }
    if (openedAt.isBefore(now.minus(MAX_BACKDATING))) {
      throw new IllegalArgumentException("openedAt may lie at most 7 days back: " + openedAt);
    }
    String region = null;
    if (request.dealerCode() != null) {
      Dealer dealer =
          dealers
              .find(request.dealerCode())
              .orElseThrow(
                  () -> new IllegalArgumentException("unknown dealer: " + request.dealerCode()));
      region = dealer.country();
    }
    String phone = CustomerPhone.e164(request.customerPhone(), region);
    SlaPolicy policy = policies.current(request.type());
    TicketId id = store.insert(request, phone, policy.version(), openedAt, now);
    Ticket ticket = store.find(id).orElseThrow();
    for (TargetRule rule : policy.targets()) {
      if (rule.startsOnOpening()) {
        clocks.start(ticket, policy, rule, openedAt, now);
      }
    }
    Ticket opened = store.find(id).orElseThrow();
    // the transfer to its department (and the outbox rows that deliver it) in this commit
    handovers.publishEvent(
        new TicketHandedOver(opened, "OPENED", null, openedAt, request.openedBy(), null));
    return opened;
  }
}
