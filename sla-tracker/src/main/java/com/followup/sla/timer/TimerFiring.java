package com.followup.sla.timer;

import static com.followup.sla.db.SlaDatabase.instant;

import com.followup.sla.breach.BreachLedger;
import com.followup.sla.breach.TargetBreach;
import com.followup.sla.db.SlaDatabase;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fires one batch of due timers in one transaction: a breach timer flags its running target
 * BREACHED at its deadline and writes the breach to the ledger; a warning timer marks the target
 * warned and publishes {@link SlaWarning}. Timers are claimed from the head of the due-time index
 * with SKIP LOCKED, so several instances never fire one twice.
 */
@Singleton
class TimerFiring {

  /** Timers fired per transaction. */
  static final int BATCH = 500;

  private final SlaDatabase db;
  private final BreachLedger ledger;
  private final ApplicationEventPublisher<SlaWarning> warnings;
  private final Clock clock;

  TimerFiring(
      SlaDatabase db,
      BreachLedger ledger,
      ApplicationEventPublisher<SlaWarning> warnings,
      Clock clock) {
    this.db = db;
    this.ledger = ledger;
    this.warnings = warnings;
    this.clock = clock;
  }

  private record Due(long timerId, long targetId, TimerKind kind, Instant dueAt) {}

  /** Fires up to {@link #BATCH} timers due at or before {@code passed}; returns how many. */
  // READ COMMITTED: the targets and tickets of timers committed after the first read are visible
  @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
  int fire(Instant passed) {
    List<Due> due =
        db.query(
            "SELECT id, target_id, kind, due_at FROM sla_timer WHERE due_at <= ?"
                + " ORDER BY due_at LIMIT "
                + BATCH
                + " FOR UPDATE SKIP LOCKED",
            row ->
                new Due(
                    row.getLong("id"),
                    row.getLong("target_id"),
                    TimerKind.valueOf(row.getString("kind")),
                    instant(row, "due_at")),
            passed);
    if (due.isEmpty()) {
      return 0;
    }
    Instant firedAt = clock.instant();
    breach(due.stream().filter(d -> d.kind() == TimerKind.BREACH).toList(), firedAt);
    warn(due.stream().filter(d -> d.kind() == TimerKind.WARNING).toList(), firedAt);
    db.update(
        "DELETE FROM sla_timer WHERE id IN ("
            + due.stream().map(d -> String.valueOf(d.timerId())).collect(Collectors.joining(","))
            + ")");
    return due.size();
  }

  private void breach(List<Due> due, Instant firedAt) {
    if (due.isEmpty()) {
      return;
    }
    // one statement per target: batched update counts are not reliable on every driver
    List<Long> breachedTargets = new ArrayList<>();
    for (Due d : due) {
      if (db.update(
              "UPDATE sla_target SET status = 'BREACHED', breached_at = ?"
                  + " WHERE id = ? AND status = 'RUNNING' AND due_at = ?",
              d.dueAt(),
              d.targetId(),
              d.dueAt())
          == 1) {
        breachedTargets.add(d.targetId());
      }
    }
    if (breachedTargets.isEmpty()) {
      return;
    }
    Map<Long, TargetBreach> breaches = describe(breachedTargets);
    ledger.recordTargetBreaches(breachedTargets.stream().map(breaches::get).toList(), firedAt);
  }

  private Map<Long, TargetBreach> describe(List<Long> targetIds) {
    String ids = targetIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    return db
        .query(
            "SELECT g.id AS target_id, g.name, g.due_at, k.id AS ticket_id, k.ticket_type,"
                + " k.policy_version, k.department, k.dealer_code, k.opened_by"
                + " FROM sla_target g JOIN sla_ticket k ON k.id = g.ticket_id"
                + " WHERE g.id IN ("
                + ids
                + ")",
            row ->
                Map.entry(
                    row.getLong("target_id"),
                    new TargetBreach(
                        row.getLong("ticket_id"),
                        row.getString("ticket_type"),
                        row.getString("name"),
                        row.getInt("policy_version"),
                        row.getString("department"),
                        row.getString("dealer_code"),
                        row.getString("opened_by"),
                        instant(row, "due_at"))))
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private void warn(List<Due> due, Instant firedAt) {
    if (due.isEmpty()) {
      return;
    }
    List<Long> warnedTargets = new ArrayList<>();
    for (Due d : due) {
      if (db.update(
              "UPDATE sla_target SET warned_at = ?"
                  + " WHERE id = ? AND status = 'RUNNING' AND warned_at IS NULL AND met_at IS NULL",
              firedAt,
              d.targetId())
          == 1) {
        warnedTargets.add(d.targetId());
      }
    }
    if (warnedTargets.isEmpty()) {
      return;
    }
    Map<Long, TargetBreach> targets = describe(warnedTargets);
    warnedTargets.stream()
        .map(targets::get)
        .map(t -> new SlaWarning(t.ticketId(), t.target(), t.breachedAt(), firedAt))
        .forEach(warnings::publishEvent);
  }
}
