package com.followup.admin.console.qa;

import com.followup.campaign.followup.FollowUpView;
import com.followup.campaign.followup.FollowUps;
import com.followup.dialer.dialing.FollowUpCalls;
import com.followup.sla.breach.Breach;
import com.followup.sla.breach.BreachBoard;
import com.followup.sla.breach.BreachLedger;
import com.followup.sla.ticket.Target;
import com.followup.sla.ticket.Ticket;
import com.followup.sla.ticket.TicketEvent;
import com.followup.sla.ticket.TicketId;
import com.followup.sla.ticket.Tickets;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A breach's ticket on one screen, from each module's own use case: the ticket and its events and
 * targets (SLA tracker), its callbacks (campaign engine) and their calls (dialer), and every breach
 * of the ticket with its ledger steps — merged into one time line, oldest first.
 */
@Singleton
public class BreachTimeline {

  private final Tickets tickets;
  private final BreachBoard board;
  private final FollowUps followUps;
  private final FollowUpCalls calls;
  private final BreachLedger ledger;

  BreachTimeline(
      Tickets tickets,
      BreachBoard board,
      FollowUps followUps,
      FollowUpCalls calls,
      BreachLedger ledger) {
    this.ledger = ledger;
    this.tickets = tickets;
    this.board = board;
    this.followUps = followUps;
    this.calls = calls;
  }

  public Sheet of(Breach breach) {
    if (breach.ticketId() == null) {
      List<Entry> entries = new ArrayList<>();
      addLedger(entries, breach);
      entries.sort(Comparator.comparing(Entry::at));
      return new Sheet(breach, null, List.of(), List.of(), List.of(), List.of(breach), entries);
    }
    TicketId id = new TicketId(breach.ticketId());
    Ticket ticket = tickets.find(id).orElse(null);
    List<TicketEvent> events = ticket == null ? List.of() : tickets.events(id);
    List<FollowUpView> callbacks = followUps.forTicket(breach.ticketId());
    List<FollowUpCalls.Call> attempts = calls.of(callbacks.stream().map(FollowUpView::id).toList());
    // the ticket's other breaches with their steps (a ticket has a handful of targets at most)
    List<Breach> breaches =
        board.ofTicket(breach.ticketId()).stream().map(b -> ledger.find(b.id()).orElse(b)).toList();
    List<Entry> entries = new ArrayList<>();
    if (ticket != null) {
      entries.add(new Entry(ticket.openedAt(), "OPENED", ticket.openedBy(), ticket.summary()));
      for (TicketEvent e : events) {
        entries.add(new Entry(e.occurredAt(), "EVENT_" + e.type(), e.recordedBy(), e.notes()));
      }
      for (Target t : ticket.targets()) {
        entries.add(new Entry(t.startedAt(), "TARGET_STARTED", null, t.name()));
        if (t.metAt() != null) {
          entries.add(new Entry(t.metAt(), "TARGET_MET", null, t.name()));
        }
      }
    }
    for (FollowUpCalls.Call c : attempts) {
      entries.add(
          new Entry(
              c.placedAt(),
              "CALL",
              c.agent(),
              c.outcome() == null
                  ? null
                  : c.outcome() + (c.notes() == null ? "" : ": " + c.notes())));
    }
    for (Breach b : breaches) {
      addLedger(entries, b);
    }
    entries.sort(Comparator.comparing(Entry::at));
    return new Sheet(breach, ticket, events, callbacks, attempts, breaches, entries);
  }

  private static void addLedger(List<Entry> entries, Breach b) {
    entries.add(new Entry(b.breachedAt(), "BREACHED", null, b.target()));
    b.steps()
        .forEach(
            s -> entries.add(new Entry(s.takenAt(), "STEP_" + s.step(), s.actor(), s.reason())));
  }

  /**
   * One moment of the time line.
   *
   * @param kind what happened, a message key's last part (OPENED, EVENT_RESOLVED, CALL …)
   * @param actor who did it, if a person did
   * @param detail the notes, target name or reason
   */
  public record Entry(Instant at, String kind, @Nullable String actor, @Nullable String detail) {}

  /** Everything the breach page shows. */
  public record Sheet(
      Breach breach,
      @Nullable Ticket ticket,
      List<TicketEvent> events,
      List<FollowUpView> callbacks,
      List<FollowUpCalls.Call> calls,
      List<Breach> ticketBreaches,
      List<Entry> timeline) {

    /** The calls placed for one callback. */
    public List<FollowUpCalls.Call> callsOf(long followUpId) {
      return calls.stream().filter(c -> c.followUpId() == followUpId).toList();
    }
  }
}
