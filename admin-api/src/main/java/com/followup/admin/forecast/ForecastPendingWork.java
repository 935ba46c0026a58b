package com.followup.admin.forecast;

import com.followup.admin.scheduling.DueWork;
import com.followup.campaign.forecast.PendingCompaction;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Folds the forecast's pending-hour deltas into the hourly counts from its own leased loop, as the
 * dealers' progress is folded: a batch every {@link #BUSY} while deltas keep coming (at once while
 * batches come back full), and a look after {@link #IDLE} once a pass finds none. The forecast
 * stays exact meanwhile: it adds the deltas not yet folded.
 */
@Singleton
class ForecastPendingWork implements DueWork {

  static final Duration BUSY = Duration.ofSeconds(2);
  static final Duration IDLE = Duration.ofSeconds(30);

  private final PendingCompaction compaction;
  private volatile Instant next;

  ForecastPendingWork(PendingCompaction compaction, Clock clock) {
    this.compaction = compaction;
    this.next = clock.instant();
  }

  @Override
  public String name() {
    return "forecast-pending";
  }

  @Override
  public int processDue(Instant now) {
    if (next.isAfter(now)) {
      return 0;
    }
    int folded = compaction.compact(PendingCompaction.BATCH);
    if (folded < PendingCompaction.BATCH) {
      next = now.plus(folded == 0 ? IDLE : BUSY);
    }
    return folded;
  }

  @Override
  public Optional<Instant> nextDue() {
    return Optional.of(next);
  }
}
