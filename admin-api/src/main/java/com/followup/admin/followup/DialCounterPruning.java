package com.followup.admin.followup;

import com.followup.admin.scheduling.DueWork;
import com.followup.campaign.dispatch.DialCounters;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Prunes the daily dial counts once an hour from the cluster's due-work loop; between runs it costs
 * no query (the next run is known without asking the database).
 */
@Singleton
class DialCounterPruning implements DueWork {

  static final Duration EVERY = Duration.ofHours(1);
  static final int CHUNK = 10_000;

  private final DialCounters counters;
  private volatile Instant next;

  DialCounterPruning(DialCounters counters, Clock clock) {
    this.counters = counters;
    this.next = clock.instant();
  }

  @Override
  public String name() {
    return "dial-counter-pruning";
  }

  @Override
  public int processDue(Instant now) {
    int pruned = counters.prune(now, CHUNK);
    if (pruned < CHUNK) {
      next = now.plus(EVERY);
    }
    return pruned;
  }

  @Override
  public Optional<Instant> nextDue() {
    return Optional.of(next);
  }
}
