package com.followup.sla.transfer;

import com.followup.sla.db.SlaDatabase;
import com.followup.sla.department.Department;
import com.followup.sla.department.Departments;
import com.followup.sla.policy.SlaPolicies;
import com.followup.sla.policy.TicketEventType;
import com.followup.sla.ticket.Target;
import com.followup.sla.ticket.Ticket;
import com.followup.sla.ticket.TicketEventRecorded;
import com.followup.sla.ticket.TicketHandedOver;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes each hand-over as a transfer and its outbox rows (one per channel of the department), in
 * the transaction that handed the ticket over; deliveries of an earlier transfer still being tried
 * stop, so a ticket passed on never notifies the department it left. Department events (notified,
 * acknowledged, resolved) are stamped on the ticket's current transfer.
 */
@Singleton
class TransferLedger {

  /** When the target's deadline is unknown, the warning comes this long after the transfer. */
  static final Duration DEFAULT_WARNING = Duration.ofMinutes(5);

  private final SlaDatabase db;
  private final Departments departments;
  private final SlaPolicies policies;
  private final JsonMapper json;
  private final Clock clock;

  TransferLedger(
      SlaDatabase db, Departments departments, SlaPolicies policies, JsonMapper json, Clock clock) {
    this.db = db;
    this.departments = departments;
    this.policies = policies;
    this.json = json;
    this.clock = clock;
  }

  @EventListener
  void onHandedOver(TicketHandedOver handover) {
    Ticket ticket = handover.ticket();
    Instant now = clock.instant();
    long transfer =
        db.insert(
            "INSERT INTO sla_transfer (ticket_id, reason, from_department, department,"
                + " transferred_at, transferred_by, notes) VALUES (?, ?, ?, ?, ?, ?, ?)",
            ticket.id().value(),
            handover.reason(),
            handover.fromDepartment(),
            ticket.department(),
            handover.at(),
            handover.actor(),
            handover.notes());
    if (!"OPENED".equals(handover.reason())) {
      // a ticket just opened has no earlier deliveries: no locking scan of its (missing) rows,
      // whose gap lock would deadlock tickets opened at the same time on their outbox inserts
      supersedeEarlier(ticket, transfer);
    }
    departments
        .find(ticket.department())
        .filter(Department::hasChannel)
        .ifPresent(d -> enqueue(d, ticket, handover, transfer, now));
  }

  /**
   * Stops the ticket's earlier deliveries still being tried. The ticket is locked, so no other
   * transaction adds its rows: they are read without locks and updated by key (a locking scan of
   * the ticket's index range would also gap-lock the range of tickets being opened).
   */
  private void supersedeEarlier(Ticket ticket, long transfer) {
    List<Long> earlier =
        db.query(
            "SELECT id FROM sla_delivery WHERE ticket_id = ? AND transfer_id < ?"
                + " AND delivered_at IS NULL AND next_attempt_at IS NOT NULL",
            row -> row.getLong(1),
            ticket.id().value(),
            transfer);
    for (long row : earlier) {
      db.update(
          "UPDATE sla_delivery SET next_attempt_at = NULL, warn_at = NULL,"
              + " last_error = CONCAT('superseded by transfer ', ?)"
              + " WHERE id = ? AND delivered_at IS NULL AND next_attempt_at IS NOT NULL",
          String.valueOf(transfer),
          row);
    }
  }

  @EventListener
  void onEventRecorded(TicketEventRecorded event) {
    String column =
        switch (event.type()) {
          case DEPARTMENT_NOTIFIED -> "notified_at";
          case DEPARTMENT_ACKNOWLEDGED -> "acknowledged_at";
          case RESOLVED -> "resolved_at";
          default -> null;
        };
    if (column == null) {
      return;
    }
    // the event's transaction locked the ticket first, so its current transfer is read without
    // locks (a locking read of the ticket's index range would wait for tickets being opened)
    db.queryOne(
            "SELECT id FROM sla_transfer WHERE ticket_id = ? ORDER BY id DESC LIMIT 1",
            row -> row.getLong(1),
            event.ticketId().value())
        .ifPresent(
            current ->
                db.update(
                    "UPDATE sla_transfer SET "
                        + column
                        + " = ? WHERE id = ? AND "
                        + column
                        + " IS NULL",
                    event.at(),
                    current));
  }

  private void enqueue(
      Department d, Ticket ticket, TicketHandedOver handover, long transfer, Instant now) {
    Instant notifyBy =
        ticket.targets().stream()
            .filter(Target::isOpen)
            .filter(t -> isNotificationTarget(ticket, t))
            .map(Target::dueAt)
            .min(Instant::compareTo)
            .orElse(null);
    Instant warnAt =
        notifyBy == null
            ? now.plus(DEFAULT_WARNING)
            : now.plus(Duration.between(now, notifyBy).dividedBy(2));
    List<String[]> channels = new ArrayList<>();
    if (d.webhookUrl() != null) {
      channels.add(new String[] {"WEBHOOK", d.webhookUrl()});
    }
    if (d.email() != null) {
      channels.add(new String[] {"EMAIL", d.email()});
    }
    for (String[] channel : channels) {
      String deliveryId = UUID.randomUUID().toString();
      String payload =
          body(
              new TicketDelivery(
                  deliveryId,
                  ticket.id().value(),
                  transfer,
                  handover.reason(),
                  ticket.type().name(),
                  ticket.department(),
                  handover.fromDepartment(),
                  ticket.customerPhone(),
                  ticket.dealerCode(),
                  ticket.summary(),
                  ticket.openedAt().toString(),
                  handover.at().toString(),
                  notifyBy == null ? null : notifyBy.toString(),
                  handover.notes()));
      db.update(
          "INSERT INTO sla_delivery (delivery_id, transfer_id, ticket_id, department, channel,"
              + " destination, payload, created_at, next_attempt_at, warn_at, attempts)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
          deliveryId,
          transfer,
          ticket.id().value(),
          d.code(),
          channel[0],
          channel[1],
          payload,
          now,
          now,
          warnAt);
    }
  }

  /** The targets a delivery meets are those its DEPARTMENT_NOTIFIED event meets. */
  private boolean isNotificationTarget(Ticket ticket, Target target) {
    return policies
        .version(ticket.type(), ticket.policyVersion())
        .target(target.name())
        .filter(rule -> rule.isMetBy(TicketEventType.DEPARTMENT_NOTIFIED))
        .isPresent();
  }

  private String body(TicketDelivery delivery) {
    try {
      return json.writeValueAsString(delivery);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
