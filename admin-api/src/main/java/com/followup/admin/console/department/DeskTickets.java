package com.followup.admin.console.department;

import com.followup.admin.console.manager.tickets.TargetClock;
import com.followup.sla.ticket.Ticket;
import com.followup.sla.ticket.TicketId;
import com.followup.sla.ticket.Tickets;
import com.followup.sla.transfer.Delivery;
import com.followup.sla.transfer.Transfer;
import com.followup.sla.transfer.TransferHistory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads the department desk's tickets through the SLA tracker's ticket and transfer reads. */
@Singleton
class DeskTickets {

  /** As many as a desk shows at once. */
  static final int SHOWN = 100;

  private final Tickets tickets;
  private final TransferHistory transfers;
  private final Clock clock;

  DeskTickets(Tickets tickets, TransferHistory transfers, Clock clock) {
    this.tickets = tickets;
    this.transfers = transfers;
    this.clock = clock;
  }

  /** The department's tickets: those still open (oldest first), or every one (latest first). */
  List<DeskRow> rows(String department, boolean all) {
    List<Long> ids =
        all ? transfers.tickets(department, SHOWN) : transfers.openTickets(department, SHOWN);
    Instant now = clock.instant();
    return ids.stream()
        .map(id -> tickets.find(new TicketId(id)))
        .flatMap(Optional::stream)
        .map(t -> row(t, transfers.transfers(t.id().value()), deliveries(t), now))
        .toList();
  }

  DeskSheet sheet(Ticket ticket) {
    List<Transfer> handovers = transfers.transfers(ticket.id().value());
    List<Delivery> deliveries = deliveries(ticket);
    List<TimelineEntry> timeline = new ArrayList<>();
    timeline.add(TimelineEntry.opened(ticket.openedAt()));
    tickets.events(ticket.id()).forEach(e -> timeline.add(TimelineEntry.of(e)));
    handovers.forEach(t -> timeline.add(TimelineEntry.of(t)));
    deliveries.forEach(d -> timeline.add(TimelineEntry.of(d)));
    timeline.sort(Comparator.comparing(TimelineEntry::at).thenComparingInt(TimelineEntry::order));
    return new DeskSheet(row(ticket, handovers, deliveries, clock.instant()), timeline, deliveries);
  }

  private List<Delivery> deliveries(Ticket ticket) {
    return transfers.deliveries(ticket.id().value());
  }

  private static DeskRow row(
      Ticket ticket, List<Transfer> handovers, List<Delivery> deliveries, Instant now) {
    Transfer current = handovers.isEmpty() ? null : handovers.get(handovers.size() - 1);
    return new DeskRow(
        ticket,
        DeskState.of(ticket, current),
        ticket.targets().stream().map(t -> TargetClock.of(t, now)).toList(),
        current,
        Delivered.of(current, deliveries));
  }
}
