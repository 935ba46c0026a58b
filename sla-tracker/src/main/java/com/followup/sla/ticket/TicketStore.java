package com.followup.sla.ticket;

import static com.followup.sla.db.SlaDatabase.instant;
import static com.followup.sla.db.SlaDatabase.nullableLong;

import com.followup.sla.db.SlaDatabase;
import com.followup.sla.policy.TicketEventType;
import com.followup.sla.policy.TicketType;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Tickets, their events and targets in {@code sla_ticket}, {@code _event}, {@code sla_target}. */
@Singleton
class TicketStore {

  private static final String TICKET_COLUMNS =
      "id, ticket_type, customer_phone, dealer_code, department, summary, policy_version,"
          + " opened_at, opened_by, follow_up_id, paused_at";

  private final SlaDatabase db;

  TicketStore(SlaDatabase db) {
    this.db = db;
  }

  TicketId insert(
      NewTicket ticket, String phone, int policyVersion, Instant openedAt, Instant now) {
    long id =
        db.insert(
            "INSERT INTO sla_ticket (ticket_type, customer_phone, dealer_code, department, summary,"
                + " policy_version, opened_at, opened_by, follow_up_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ticket.type(),
            phone,
            ticket.dealerCode(),
            ticket.department(),
            ticket.summary(),
            policyVersion,
            openedAt,
            ticket.openedBy(),
            ticket.followUpId(),
            now);
    return new TicketId(id);
  }

  Optional<Ticket> find(TicketId id) {
    return ticket("SELECT " + TICKET_COLUMNS + " FROM sla_ticket WHERE id = ?", id);
  }

  /** Reads the ticket and locks it until the transaction ends: its events apply one at a time. */
  Optional<Ticket> lock(TicketId id) {
    return ticket("SELECT " + TICKET_COLUMNS + " FROM sla_ticket WHERE id = ? FOR UPDATE", id);
  }

  void setDepartment(TicketId id, String department) {
    db.update("UPDATE sla_ticket SET department = ? WHERE id = ?", department, id.value());
  }

  /** Starts a stopped or met target's clock again from {@code startedAt}, as for a new transfer. */
  void restartTarget(long targetId, Instant startedAt, Instant dueAt) {
    db.update(
        "UPDATE sla_target SET status = 'RUNNING', started_at = ?, due_at = ?, remaining_ms = NULL,"
            + " warned_at = NULL, met_at = NULL, breached_at = NULL WHERE id = ?",
        startedAt,
        dueAt,
        targetId);
  }

  void setPausedAt(TicketId id, Instant pausedAt) {
    db.update("UPDATE sla_ticket SET paused_at = ? WHERE id = ?", pausedAt, id.value());
  }

  void insertEvent(
      TicketId id, TicketEventType type, Instant at, Instant now, String actor, String notes) {
    db.update(
        "INSERT INTO sla_ticket_event (ticket_id, event_type, occurred_at, recorded_at,"
            + " recorded_by, notes) VALUES (?, ?, ?, ?, ?, ?)",
        id.value(),
        type,
        at,
        now,
        actor,
        notes);
  }

  long insertTarget(TicketId id, String name, Duration allowed, Instant startedAt, Instant dueAt) {
    return db.insert(
        "INSERT INTO sla_target (ticket_id, name, status, allowed_ms, started_at, due_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        id.value(),
        name,
        TargetStatus.RUNNING,
        allowed.toMillis(),
        startedAt,
        dueAt);
  }

  /** Moves a target from one status to another; false when it was no longer in {@code from}. */
  boolean changeStatus(long targetId, TargetStatus from, TargetStatus to) {
    return db.update(
            "UPDATE sla_target SET status = ? WHERE id = ? AND status = ?", to, targetId, from)
        == 1;
  }

  void setMetAt(long targetId, Instant at) {
    db.update("UPDATE sla_target SET met_at = ? WHERE id = ? AND met_at IS NULL", at, targetId);
  }

  boolean pause(long targetId, Duration remaining) {
    return db.update(
            "UPDATE sla_target SET status = 'PAUSED', remaining_ms = ?"
                + " WHERE id = ? AND status = 'RUNNING'",
            remaining.toMillis(),
            targetId)
        == 1;
  }

  void resume(long targetId, Instant dueAt) {
    db.update(
        "UPDATE sla_target SET status = 'RUNNING', remaining_ms = NULL, due_at = ?"
            + " WHERE id = ? AND status = 'PAUSED'",
        dueAt,
        targetId);
  }

  void insertRecomplaint(Ticket ticket, int lateTargets, Instant at, String actor) {
    db.update(
        "INSERT INTO sla_recomplaint (ticket_id, department, dealer_code, late_targets,"
            + " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
        ticket.id().value(),
        ticket.department(),
        ticket.dealerCode(),
        lateTargets,
        at,
        actor);
  }

  private Optional<Ticket> ticket(String sql, TicketId id) {
    // the ticket first: when it is locked, its targets are read after the lock is held
    return db.queryOne(sql, row -> ticket(row, List.of()), id.value())
        .map(t -> withTargets(t, targets(id)));
  }

  private List<Target> targets(TicketId id) {
    return db.query(
        "SELECT * FROM sla_target WHERE ticket_id = ? ORDER BY id",
        TicketStore::target,
        id.value());
  }

  private static Ticket withTargets(Ticket t, List<Target> targets) {
    return new Ticket(
        t.id(),
        t.type(),
        t.customerPhone(),
        t.dealerCode(),
        t.department(),
        t.summary(),
        t.policyVersion(),
        t.openedAt(),
        t.openedBy(),
        t.followUpId(),
        t.pausedAt(),
        targets);
  }

  private static Ticket ticket(ResultSet row, List<Target> targets) throws SQLException {
    return new Ticket(
        new TicketId(row.getLong("id")),
        TicketType.valueOf(row.getString("ticket_type")),
        row.getString("customer_phone"),
        row.getString("dealer_code"),
        row.getString("department"),
        row.getString("summary"),
        row.getInt("policy_version"),
        instant(row, "opened_at"),
        row.getString("opened_by"),
        nullableLong(row, "follow_up_id"),
        instant(row, "paused_at"),
        targets);
  }

  private static Target target(ResultSet row) throws SQLException {
    Long remaining = nullableLong(row, "remaining_ms");
    return new Target(
        row.getLong("id"),
        row.getString("name"),
        TargetStatus.valueOf(row.getString("status")),
        Duration.ofMillis(row.getLong("allowed_ms")),
        instant(row, "started_at"),
        instant(row, "due_at"),
        remaining == null ? null : Duration.ofMillis(remaining),
        instant(row, "warned_at"),
        instant(row, "met_at"),
        instant(row, "breached_at"));
  }
}
