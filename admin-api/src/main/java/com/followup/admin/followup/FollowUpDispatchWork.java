package com.followup.admin.followup;

import com.followup.admin.scheduling.DueWork;
import com.followup.campaign.dispatch.DialCounters;
import com.followup.campaign.dispatch.FollowUpDispatcher;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Follow-ups are released to the dial queue from the cluster's due-work loop, on time; the same
 * loop prunes the daily dial counts once an hour (one lease for both: an idle cluster's Quartz
 * traffic grows with every loop).
 */
@Singleton
class FollowUpDispatchWork implements DueWork {

  static final Duration PRUNE_EVERY = Duration.ofHours(1);
  static final int PRUNE_CHUNK = 10_000;

  private final FollowUpDispatcher dispatcher;
  private final DialCounters counters;
  private volatile Instant nextPrune;

  FollowUpDispatchWork(FollowUpDispatcher dispatcher, DialCounters counters, Clock clock) {
    this.dispatcher = dispatcher;
    this.counters = counters;
    this.nextPrune = clock.instant();
  }

  @Override
  public String name() {
    return "followup-dispatch";
  }

  @Override
  public int processDue(Instant now) {
    int done = dispatcher.processDue(now);
    if (!nextPrune.isAfter(now)) {
      int pruned = counters.prune(now, PRUNE_CHUNK);
      if (pruned < PRUNE_CHUNK) {
        nextPrune = now.plus(PRUNE_EVERY);
      }
      done += pruned;
    }
    return done;
  }

  @Override
  public Optional<Instant> nextDue() {
    Optional<Instant> due = dispatcher.nextDue();
    return Optional.of(due.filter(d -> d.isBefore(nextPrune)).orElse(nextPrune));
  }
}
