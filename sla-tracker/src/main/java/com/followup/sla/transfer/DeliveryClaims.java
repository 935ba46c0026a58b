package com.followup.sla.transfer;

import com.followup.sla.db.SlaDatabase;
import com.followup.sla.policy.TicketEventType;
import com.followup.sla.ticket.RecordTicketEvent;
import com.followup.sla.ticket.TicketId;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's short transactions: claim a batch (SKIP LOCKED, then a lease as its next attempt
 * time, so no transaction stays open while a receiver answers), then settle each try. A claim whose
 * sender died comes due again when its lease ends, with the same delivery id.
 */
@Singleton
class DeliveryClaims {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryClaims.class);

  private final SlaDatabase db;
  private final RecordTicketEvent events;
  private final DeliverySettings settings;

  DeliveryClaims(SlaDatabase db, RecordTicketEvent events, DeliverySettings settings) {
    this.db = db;
    this.events = events;
    this.settings = settings;
  }

  @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
  List<ClaimedDelivery> claim(Instant now) {
    List<ClaimedDelivery> due =
        db.query(
            "SELECT id, delivery_id, transfer_id, ticket_id, department, channel, destination,"
                + " payload, attempts FROM sla_delivery WHERE next_attempt_at <= ?"
                + " ORDER BY next_attempt_at LIMIT "
                + settings.batch()
                + " FOR UPDATE SKIP LOCKED",
            row ->
                new ClaimedDelivery(
                    row.getLong("id"),
                    row.getString("delivery_id"),
                    row.getLong("transfer_id"),
                    row.getLong("ticket_id"),
                    row.getString("department"),
                    row.getString("channel"),
                    row.getString("destination"),
                    row.getString("payload"),
                    row.getInt("attempts") + 1),
            now);
    if (!due.isEmpty()) {
      db.update(
          "UPDATE sla_delivery SET next_attempt_at = ?, attempts = attempts + 1,"
              + " last_attempt_at = ? WHERE id IN ("
              + due.stream().map(d -> String.valueOf(d.rowId())).collect(Collectors.joining(","))
              + ")",
          now.plus(settings.lease()),
          now);
    }
    return due;
  }

  /**
   * The receiver accepted it at {@code at}: the delivery is done and, when it is the ticket's
   * current transfer's first, DEPARTMENT_NOTIFIED is recorded at that time (meeting its target).
   */
  @Transactional
  void delivered(ClaimedDelivery d, Instant at) {
    // the ticket first, as every ticket change locks it before the outbox
    db.query("SELECT id FROM sla_ticket WHERE id = ? FOR UPDATE", row -> 1, d.ticketId());
    int done =
        db.update(
            "UPDATE sla_delivery SET delivered_at = ?, next_attempt_at = NULL, warn_at = NULL,"
                + " last_error = NULL WHERE id = ? AND delivered_at IS NULL",
            at,
            d.rowId());
    if (done == 0) {
      return;
    }
    boolean firstOfCurrent =
        db.queryOne(
                "SELECT t.id FROM sla_transfer t WHERE t.id = ? AND t.notified_at IS NULL"
                    + " AND t.id = (SELECT MAX(id) FROM sla_transfer WHERE ticket_id = ?)",
                row -> row.getLong(1),
                d.transferId(),
                d.ticketId())
            .isPresent();
    if (firstOfCurrent) {
      events.record(
          new TicketId(d.ticketId()),
          TicketEventType.DEPARTMENT_NOTIFIED,
          at,
          d.channel().toLowerCase() + " delivery " + d.deliveryId() + " to " + d.department(),
          "delivery");
    }
  }

  /** The try failed: the next comes after the back-off, unless the delivery was superseded. */
  @Transactional
  void failed(ClaimedDelivery d, String error, Instant at) {
    LOG.info(
        "delivery {} of ticket {} to {} failed (try {}): {}",
        d.deliveryId(),
        d.ticketId(),
        d.department(),
        d.attempts(),
        error);
    db.update(
        "UPDATE sla_delivery SET next_attempt_at = ?, last_error = ?"
            + " WHERE id = ? AND delivered_at IS NULL AND next_attempt_at IS NOT NULL",
        at.plus(settings.backoff(d.attempts())),
        error,
        d.rowId());
  }

  /** Flags undelivered rows whose warning time passed; returns how many. */
  @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
  int warn(Instant now) {
    record Late(
        long id, String deliveryId, long ticketId, String department, int attempts, String error) {}
    List<Late> late =
        db.query(
            "SELECT id, delivery_id, ticket_id, department, attempts, last_error FROM sla_delivery"
                + " WHERE warn_at <= ? ORDER BY warn_at LIMIT 100 FOR UPDATE SKIP LOCKED",
            row ->
                new Late(
                    row.getLong("id"),
                    row.getString("delivery_id"),
                    row.getLong("ticket_id"),
                    row.getString("department"),
                    row.getInt("attempts"),
                    row.getString("last_error")),
            now);
    for (Late l : late) {
      LOG.warn(
          "ticket {} is still not delivered to {} (delivery {}, {} tries, last error: {}):"
              + " its notification deadline is near",
          l.ticketId(),
          l.department(),
          l.deliveryId(),
          l.attempts(),
          l.error());
      db.update("UPDATE sla_delivery SET warned_at = ?, warn_at = NULL WHERE id = ?", now, l.id());
    }
    return late.size();
  }
}
