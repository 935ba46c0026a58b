package com.followup.sla.transfer;

import static com.followup.sla.db.SlaDatabase.instant;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads a ticket's transfers and deliveries, and the tickets a department has open. */
@Singleton
public class TransferHistory {

  private final SlaDatabase db;

  TransferHistory(SlaDatabase db) {
    this.db = db;
  }

  /** Every hand-over of the ticket, oldest first. */
  @Transactional(readOnly = true)
  public List<Transfer> transfers(long ticketId) {
    return db.query(
        "SELECT * FROM sla_transfer WHERE ticket_id = ? ORDER BY id",
        TransferHistory::transfer,
        ticketId);
  }

  /** Every delivery of the ticket, oldest first, with its tries and last error. */
  @Transactional(readOnly = true)
  public List<Delivery> deliveries(long ticketId) {
    return db.query(
        "SELECT * FROM sla_delivery WHERE ticket_id = ? ORDER BY id",
        TransferHistory::delivery,
        ticketId);
  }

  /**
   * The ids of the tickets whose current transfer is to {@code department} and which it has not
   * resolved, or whose targets still run (the callback): oldest first, at most {@code limit}.
   */
  @Transactional(readOnly = true)
  public List<Long> openTickets(String department, int limit) {
    return db.query(
        "SELECT t.ticket_id FROM sla_transfer t"
            + " WHERE t.department = ? AND t.id = (SELECT MAX(id) FROM sla_transfer"
            + " WHERE ticket_id = t.ticket_id) AND (t.resolved_at IS NULL OR EXISTS (SELECT 1"
            + " FROM sla_target g WHERE g.ticket_id = t.ticket_id"
            + " AND g.status IN ('RUNNING', 'PAUSED'))) ORDER BY t.transferred_at, t.id LIMIT "
            + Math.max(1, Math.min(limit, 1000)),
        row -> row.getLong(1),
        department);
  }

  /**
   * How many deliveries are still being tried after their warning went out: the ones someone at the
   * centre should look at (a department that cannot be reached).
   */
  @Transactional(readOnly = true)
  public long overdueDeliveries() {
    return db.queryOne(
            "SELECT COUNT(*) FROM sla_delivery WHERE next_attempt_at IS NOT NULL"
                + " AND warned_at IS NOT NULL AND delivered_at IS NULL",
            row -> row.getLong(1))
        .orElse(0L);
  }

  /**
   * The ids of every ticket whose current transfer is to {@code department}, closed ones too:
   * latest transfer first, at most {@code limit}.
   */
  @Transactional(readOnly = true)
  public List<Long> tickets(String department, int limit) {
    return db.query(
        "SELECT t.ticket_id FROM sla_transfer t"
            + " WHERE t.department = ? AND t.id = (SELECT MAX(id) FROM sla_transfer"
            + " WHERE ticket_id = t.ticket_id) ORDER BY t.transferred_at DESC, t.id DESC LIMIT "
            + Math.max(1, Math.min(limit, 1000)),
        row -> row.getLong(1),
        department);
  }

  private static Transfer transfer(ResultSet row) throws SQLException {
    return new Transfer(
        row.getLong("id"),
        row.getLong("ticket_id"),
        row.getString("reason"),
        row.getString("from_department"),
        row.getString("department"),
        instant(row, "transferred_at"),
        row.getString("transferred_by"),
        row.getString("notes"),
        instant(row, "notified_at"),
        instant(row, "acknowledged_at"),
        instant(row, "resolved_at"));
  }

  private static Delivery delivery(ResultSet row) throws SQLException {
    return new Delivery(
        row.getString("delivery_id"),
        row.getLong("transfer_id"),
        row.getLong("ticket_id"),
        row.getString("department"),
        row.getString("channel"),
        row.getString("destination"),
        instant(row, "created_at"),
        row.getInt("attempts"),
        instant(row, "last_attempt_at"),
        row.getString("last_error"),
        instant(row, "next_attempt_at"),
        instant(row, "delivered_at"),
        instant(row, "warned_at"));
  }
}
