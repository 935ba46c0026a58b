package com.followup.sla.breach;

import static com.followup.sla.db.SlaDatabase.instant;
import static com.followup.sla.db.SlaDatabase.nullableLong;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The append-only breach ledger: breaches are written once and their audit steps appended; the
 * status column only mirrors the latest step, for QA's queries. Nothing here edits or deletes.
 */
@Singleton
public class BreachLedger {

  private final SlaDatabase db;

  BreachLedger(SlaDatabase db) {
    this.db = db;
  }

  /** Writes the breaches of tickets' targets, in one batch, flagged at {@code flaggedAt}. */
  public void recordTargetBreaches(List<TargetBreach> breaches, Instant flaggedAt) {
    List<Object[]> rows = new ArrayList<>();
    for (TargetBreach b : breaches) {
      rows.add(
          new Object[] {
            BreachSource.TICKET,
            b.ticketId(),
            b.ticketType(),
            b.target(),
            b.policyVersion(),
            b.department(),
            b.dealerCode(),
            b.owner(),
            null,
            b.breachedAt(),
            flaggedAt,
            BreachStatus.OPEN
          });
    }
    db.batch(INSERT, rows);
  }

  BreachId recordExternal(ExternalBreach breach, Instant flaggedAt) {
    return new BreachId(db.insert(INSERT, external(breach, flaggedAt)));
  }

  /** Many external breaches in one batched statement. */
  void recordExternal(List<ExternalBreach> breaches, Instant flaggedAt) {
    db.batch(INSERT, breaches.stream().map(breach -> external(breach, flaggedAt)).toList());
  }

  private static Object[] external(ExternalBreach breach, Instant flaggedAt) {
    return new Object[] {
      BreachSource.EXTERNAL,
      null,
      null,
      breach.kind(),
      null,
      null,
      breach.dealerCode(),
      breach.owner(),
      breach.reason(),
      breach.breachedAt(),
      flaggedAt,
      BreachStatus.OPEN
    };
  }

  /** Appends a step and moves the status, if the status is still {@code from}. */
  boolean appendStep(BreachId id, BreachStatus from, BreachStep step) {
    if (db.update(
            "UPDATE sla_breach SET status = ? WHERE id = ? AND status = ?",
            step.outcome(),
            id.value(),
            from)
        != 1) {
      return false;
    }
    db.update(
        "INSERT INTO sla_breach_step (breach_id, step, outcome, reason, actor, taken_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        id.value(),
        step.step(),
        step.outcome(),
        step.reason(),
        step.actor(),
        step.takenAt());
    return true;
  }

  @Transactional(readOnly = true)
  public Optional<Breach> find(BreachId id) {
    return db.queryOne("SELECT * FROM sla_breach WHERE id = ?", BreachLedger::breach, id.value())
        .map(b -> withSteps(b, steps(id.value())));
  }

  /** Breaches matching the filter, newest first, without their steps. */
  @Transactional(readOnly = true)
  public List<Breach> list(BreachFilter filter) {
    BreachQuery query = BreachQuery.of(filter);
    return db.query(query.sql(), BreachLedger::breach, query.params());
  }

  /** How many breaches match the filter; its limit does not count. */
  @Transactional(readOnly = true)
  public long count(BreachFilter filter) {
    BreachQuery query = BreachQuery.count(filter);
    return db.queryOne(query.sql(), row -> row.getLong(1), query.params()).orElse(0L);
  }

  /** Reads one {@code sla_breach} row, without its steps. */
  static Breach breach(ResultSet row) throws SQLException {
    long id = row.getLong("id");
    int version = row.getInt("policy_version");
    Integer policyVersion = row.wasNull() ? null : version;
    return new Breach(
        new BreachId(id),
        BreachSource.valueOf(row.getString("source")),
        nullableLong(row, "ticket_id"),
        row.getString("ticket_type"),
        row.getString("target"),
        policyVersion,
        row.getString("department"),
        row.getString("dealer_code"),
        row.getString("owner"),
        row.getString("reason"),
        instant(row, "breached_at"),
        instant(row, "flagged_at"),
        BreachStatus.valueOf(row.getString("status")),
        List.of());
  }

  private static Breach withSteps(Breach b, List<BreachStep> steps) {
    return new Breach(
        b.id(),
        b.source(),
        b.ticketId(),
        b.ticketType(),
        b.target(),
        b.policyVersion(),
        b.department(),
        b.dealerCode(),
        b.owner(),
        b.reason(),
        b.breachedAt(),
        b.flaggedAt(),
        b.status(),
        steps);
  }

  private List<BreachStep> steps(long breachId) {
    return db.query(
        "SELECT * FROM sla_breach_step WHERE breach_id = ? ORDER BY id",
        row ->
            new BreachStep(
                StepKind.valueOf(row.getString("step")),
                BreachStatus.valueOf(row.getString("outcome")),
                row.getString("reason"),
                row.getString("actor"),
                instant(row, "taken_at")),
        breachId);
  }

  private static final String INSERT =
      "INSERT INTO sla_breach (source, ticket_id, ticket_type, target, policy_version, department,"
          + " dealer_code, owner, reason, breached_at, flagged_at, status)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
}
