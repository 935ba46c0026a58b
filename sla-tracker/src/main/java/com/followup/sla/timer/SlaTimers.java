package com.followup.sla.timer;

import static com.followup.sla.db.SlaDatabase.instant;

import com.followup.sla.db.SlaDatabase;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA timers' loop body: fires warnings and breaches as their times pass, reading only the head
 * of the due-time index, never scanning tickets. Call {@link #processDue} and {@link #nextDue} from
 * a scheduling loop; idle, the pair costs one query and no transaction.
 */
@Singleton
public class SlaTimers {

  private final TimerFiring firing;
  private final NextDueCache cache;
  private final SlaDatabase db;

  SlaTimers(TimerFiring firing, NextDueCache cache, SlaDatabase db) {
    this.firing = firing;
    this.cache = cache;
    this.db = db;
  }

  /**
   * Fires one batch of the timers due at {@code now}.
   *
   * @return how many fired; 0 when none was due
   */
  public int processDue(Instant now) {
    // a deadline passes after its last millisecond: an event exactly at it is still in time
    Instant passed = now.minusMillis(1);
    Optional<Instant> next = peek();
    if (next.isEmpty() || next.get().isAfter(passed)) {
      // an idle loop asks nextDue right after this: the same answer, without a second query
      cache.remember(next);
      return 0;
    }
    return firing.fire(passed);
  }

  /** When the next timer falls due, if any is pending. */
  public Optional<Instant> nextDue() {
    return cache.take().orElseGet(this::peek);
  }

  /** The earliest due time: one read of the index head, on a connection without a transaction. */
  @Connectable
  protected Optional<Instant> peek() {
    return db
        .query("SELECT MIN(due_at) AS next_due FROM sla_timer", row -> instant(row, "next_due"))
        .stream()
        .filter(Objects::nonNull)
        .findFirst();
  }
}
