package com.followup.sla.ticket;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads tickets and the re-complaints recorded against departments. */
@Singleton
public class Tickets {

  private final TicketStore store;
  private final SlaDatabase db;

  Tickets(TicketStore store, SlaDatabase db) {
    this.store = store;
    this.db = db;
  }

  @Transactional(readOnly = true)
  public Optional<Ticket> find(TicketId id) {
    return store.find(id);
  }

  /** The ticket's events in the order they were recorded. */
  @Transactional(readOnly = true)
  public List<TicketEvent> events(TicketId id) {
    return db.query(
        "SELECT event_type, occurred_at, recorded_by, notes FROM sla_ticket_event"
            + " WHERE ticket_id = ? ORDER BY id",
        row ->
            new TicketEvent(
                com.followup.sla.policy.TicketEventType.valueOf(row.getString("event_type")),
                SlaDatabase.instant(row, "occurred_at"),
                row.getString("recorded_by"),
                row.getString("notes")),
        id.value());
  }

  /** Re-complaints since an instant, newest first, optionally of one department. */
  @Transactional(readOnly = true)
  public List<Recomplaint> recomplaints(Instant since, String department) {
    String where = department == null ? "" : " AND department = ?";
    Object[] params = department == null ? new Object[] {since} : new Object[] {since, department};
    return db.query(
        "SELECT * FROM sla_recomplaint WHERE recorded_at >= ?"
            + where
            + " ORDER BY recorded_at DESC, id DESC LIMIT 1000",
        row ->
            new Recomplaint(
                new TicketId(row.getLong("ticket_id")),
                row.getString("department"),
                row.getString("dealer_code"),
                row.getInt("late_targets"),
                SlaDatabase.instant(row, "recorded_at"),
                row.getString("recorded_by")),
        params);
  }
}
