package com.followup.sla.timer;

import com.followup.sla.db.SlaDatabase;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sets and cancels the timers of SLA targets: rows in {@code sla_timer}, indexed by due time, that
 * {@link SlaTimers} fires. Call inside the transaction that changes the target.
 */
@Singleton
public class TargetTimers {

  private final SlaDatabase db;
  private final NextDueCache cache;

  TargetTimers(SlaDatabase db, NextDueCache cache) {
    this.db = db;
    this.cache = cache;
  }

  public void schedule(long targetId, TimerKind kind, Instant at) {
    cache.forget();
    db.update(
        "INSERT INTO sla_timer (target_id, kind, due_at) VALUES (?, ?, ?)", targetId, kind, at);
  }

  /** Cancels every pending timer of these targets (locking them first, as the loop does). */
  public void cancel(Collection<Long> targetIds) {
    if (targetIds.isEmpty()) {
      return;
    }
    String ids = targetIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    db.update("DELETE FROM sla_timer WHERE target_id IN (" + ids + ")");
  }

  public void cancel(long targetId) {
    cancel(List.of(targetId));
  }
}
