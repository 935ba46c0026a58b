package com.followup.sla.timer;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * The next due time {@link SlaTimers#processDue} just read, handed once to the {@code nextDue} call
 * an idle loop makes right after it: one query per idle poll instead of two. Forgotten as soon as
 * this instance schedules a timer.
 */
@Singleton
class NextDueCache {

  private record Entry(Optional<Instant> next) {}

  private volatile Entry entry;

  void remember(Optional<Instant> next) {
    entry = new Entry(next);
  }

  void forget() {
    entry = null;
  }

  /** The remembered value, once; empty when there is none. */
  Optional<Optional<Instant>> take() {
    Entry taken = entry;
    entry = null;
    return taken == null ? Optional.empty() : Optional.of(taken.next());
  }
}
