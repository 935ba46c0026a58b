package com.followup.admin.console.department;

import com.followup.sla.ticket.TicketEvent;
import com.followup.sla.transfer.Delivery;
import com.followup.sla.transfer.Transfer;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One line of a ticket's time line: the ticket opened, an event, a hand-over or a delivery (at its
 * success, else at its last try, else when it was queued). Exactly one of the three is set, or none
 * for the opening.
 *
 * @param kind OPENED, EVENT, TRANSFER or DELIVERY
 */
public record TimelineEntry(
    Instant at,
    String kind,
    @Nullable TicketEvent event,
    @Nullable Transfer transfer,
    @Nullable Delivery delivery) {

  static TimelineEntry opened(Instant at) {
    return new TimelineEntry(at, "OPENED", null, null, null);
  }

  static TimelineEntry of(TicketEvent event) {
    return new TimelineEntry(event.occurredAt(), "EVENT", event, null, null);
  }

  static TimelineEntry of(Transfer transfer) {
    return new TimelineEntry(transfer.transferredAt(), "TRANSFER", null, transfer, null);
  }

  static TimelineEntry of(Delivery delivery) {
    Instant at =
        delivery.deliveredAt() != null
            ? delivery.deliveredAt()
            : delivery.lastAttemptAt() != null ? delivery.lastAttemptAt() : delivery.createdAt();
    return new TimelineEntry(at, "DELIVERY", null, null, delivery);
  }

  /** Where the kind sorts among entries at the same instant: the cause before its effects. */
  int order() {
    return switch (kind) {
      case "OPENED" -> 0;
      case "TRANSFER" -> 1;
      case "DELIVERY" -> 2;
      default -> 3;
    };
  }
}
