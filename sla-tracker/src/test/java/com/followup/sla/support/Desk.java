package com.followup.sla.support;

import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.time.SettableClock;
import com.followup.sla.policy.TicketEventType;
import com.followup.sla.policy.TicketType;
import com.followup.sla.ticket.NewTicket;
import com.followup.sla.ticket.OpenTicket;
import com.followup.sla.ticket.RecordTicketEvent;
import com.followup.sla.ticket.Target;
import com.followup.sla.ticket.Ticket;
import com.followup.sla.ticket.Tickets;
import com.followup.sla.timer.SlaTimers;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** The service desk as tests drive it: opens tickets, records events, lets time pass. */
@Singleton
public class Desk {

  public static final String AGENT = "agent-wang";

  private final OpenTicket open;
  private final RecordTicketEvent events;
  private final Tickets tickets;
  private final SlaTimers timers;
  private final DealerDirectory dealers;
  public final SettableClock clock;

  Desk(
      OpenTicket open,
      RecordTicketEvent events,
      Tickets tickets,
      SlaTimers timers,
      DealerDirectory dealers,
      SettableClock clock) {
    this.open = open;
    this.events = events;
    this.tickets = tickets;
    this.timers = timers;
    this.dealers = dealers;
    this.clock = clock;
  }

  public String newDealer() {
    String code = "S" + UUID.randomUUID().toString().substring(0, 8);
    dealers.register(code, "Dealer " + code, "CN", "Asia/Shanghai");
    return code;
  }

  public Ticket open(TicketType type, String department) {
    return open(type, department, null);
  }

  public Ticket open(TicketType type, String department, Instant openedAt) {
    return open.open(
        new NewTicket(
            type,
            "138 1234 5678",
            newDealer(),
            department,
            "customer unhappy",
            openedAt,
            AGENT,
            null));
  }

  public Ticket event(Ticket ticket, TicketEventType type) {
    return events.record(ticket.id(), type, null, null, AGENT);
  }

  public Ticket reload(Ticket ticket) {
    return tickets.find(ticket.id()).orElseThrow();
  }

  public Target target(Ticket ticket, String name) {
    return reload(ticket).target(name).orElseThrow();
  }

  /** Moves the clock and fires every timer due by then, as the scheduler loop would. */
  public void advance(Duration duration) {
    clock.advance(duration);
    while (timers.processDue(clock.instant()) > 0) {
      // drain
    }
  }

  public RecordTicketEvent recorder() {
    return events;
  }
}
