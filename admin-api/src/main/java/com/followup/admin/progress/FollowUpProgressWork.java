package com.followup.admin.progress;

import com.followup.admin.scheduling.DueWork;
import com.followup.campaign.progress.ProgressCompaction;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Folds the follow-up progress deltas into the dealers' counts from its own leased loop: on the
 * dispatch loop, a compaction's rollup writes would take time from claiming. While deltas keep
 * coming it folds a batch every {@link #BUSY} (at once while batches come back full); once a pass
 * finds none it looks again after {@link #IDLE}, so an idle cluster pays one query per that time.
 * Reads stay exact meanwhile: they add the deltas not yet folded.
 */
@Singleton
class FollowUpProgressWork implements DueWork {

  static final Duration BUSY = Duration.ofSeconds(2);
  static final Duration IDLE = Duration.ofSeconds(30);

  private final ProgressCompaction compaction;
  private volatile Instant next;

  FollowUpProgressWork(ProgressCompaction compaction, Clock clock) {
    this.compaction = compaction;
    this.next = clock.instant();
  }

  @Override
  public String name() {
    return "followup-progress";
  }

  @Override
  public int processDue(Instant now) {
    if (next.isAfter(now)) {
      return 0;
    }
    int folded = compaction.compact(ProgressCompaction.BATCH);
    if (folded < ProgressCompaction.BATCH) {
      next = now.plus(folded == 0 ? IDLE : BUSY); // the loop's next call returns 0 at once
    }
    return folded;
  }

  @Override
  public Optional<Instant> nextDue() {
    return Optional.of(next);
  }
}
