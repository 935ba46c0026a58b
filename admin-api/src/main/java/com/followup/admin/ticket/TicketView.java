package com.followup.admin.ticket;

import com.followup.sla.ticket.Target;
import com.followup.sla.ticket.Ticket;
import com.followup.sla.ticket.TicketEvent;
import com.followup.sla.transfer.Delivery;
import com.followup.sla.transfer.Transfer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A ticket as the API shows it, with its timeline: events, transfers (hand-overs) and deliveries.
 *
 * @param undelivered a delivery is still being tried after its warning time
 */
@Serdeable
public record TicketView(
    long id,
    String type,
    String customerPhone,
    @Nullable String dealerCode,
    String department,
    String summary,
    int policyVersion,
    String openedAt,
    String openedBy,
    @Nullable Long followUpId,
    boolean paused,
    List<TargetView> targets,
    List<EventView> events,
    List<TransferView> transfers,
    List<DeliveryView> deliveries,
    boolean undelivered) {

  static TicketView of(
      Ticket ticket,
      List<TicketEvent> events,
      List<Transfer> transfers,
      List<Delivery> deliveries) {
    return new TicketView(
        ticket.id().value(),
        ticket.type().name(),
        ticket.customerPhone(),
        ticket.dealerCode(),
        ticket.department(),
        ticket.summary(),
        ticket.policyVersion(),
        Instants.format(ticket.openedAt()),
        ticket.openedBy(),
        ticket.followUpId(),
        ticket.pausedAt() != null,
        ticket.targets().stream().map(TargetView::of).toList(),
        events.stream().map(EventView::of).toList(),
        transfers.stream().map(TransferView::of).toList(),
        deliveries.stream().map(DeliveryView::of).toList(),
        deliveries.stream().anyMatch(Delivery::overdue));
  }

  @Serdeable
  public record EventView(
      String type, String occurredAt, String recordedBy, @Nullable String notes) {
    static EventView of(TicketEvent e) {
      return new EventView(
          e.type().name(), Instants.format(e.occurredAt()), e.recordedBy(), e.notes());
    }
  }

  @Serdeable
  public record TransferView(
      long id,
      String reason,
      @Nullable String fromDepartment,
      String department,
      String transferredAt,
      String transferredBy,
      @Nullable String notes,
      @Nullable String notifiedAt,
      @Nullable String acknowledgedAt,
      @Nullable String resolvedAt) {
    static TransferView of(Transfer t) {
      return new TransferView(
          t.id(),
          t.reason(),
          t.fromDepartment(),
          t.department(),
          Instants.format(t.transferredAt()),
          t.transferredBy(),
          t.notes(),
          Instants.format(t.notifiedAt()),
          Instants.format(t.acknowledgedAt()),
          Instants.format(t.resolvedAt()));
    }
  }

  @Serdeable
  public record DeliveryView(
      String deliveryId,
      long transferId,
      String department,
      String channel,
      String destination,
      String createdAt,
      int attempts,
      @Nullable String lastAttemptAt,
      @Nullable String lastError,
      @Nullable String nextAttemptAt,
      @Nullable String deliveredAt,
      @Nullable String warnedAt) {
    static DeliveryView of(Delivery d) {
      return new DeliveryView(
          d.deliveryId(),
          d.transferId(),
          d.department(),
          d.channel(),
          d.destination(),
          Instants.format(d.createdAt()),
          d.attempts(),
          Instants.format(d.lastAttemptAt()),
          d.lastError(),
          Instants.format(d.nextAttemptAt()),
          Instants.format(d.deliveredAt()),
          Instants.format(d.warnedAt()));
    }
  }

  @Serdeable
  public record TargetView(
      String name,
      String status,
      String startedAt,
      String dueAt,
      @Nullable String warnedAt,
      @Nullable String metAt,
      @Nullable String breachedAt) {

    static TargetView of(Target target) {
      return new TargetView(
          target.name(),
          target.status().name(),
          Instants.format(target.startedAt()),
          Instants.format(target.dueAt()),
          Instants.format(target.warnedAt()),
          Instants.format(target.metAt()),
          Instants.format(target.breachedAt()));
    }
  }
}
