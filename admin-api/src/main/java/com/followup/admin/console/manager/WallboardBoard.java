package com.followup.admin.console.manager;

import com.followup.admin.console.ConsoleSettings;
import com.followup.admin.metrics.OperationsMetrics;
import com.followup.campaign.dispatch.DialQueue;
import com.followup.dialer.figures.LiveFloor;
import com.followup.dialer.pacing.AbandonmentBudget;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The wallboard's figures, read at most once per {@link #FRESH} however many managers watch: every
 * viewer's stream asks here, and all but the first in a second get the same snapshot. One read is
 * three small statements (the agents, today's attempts by the placed-at index, the dial queue by
 * campaign); breaches and lateness come from the metrics kept in process.
 */
@Singleton
class WallboardBoard {

  static final Duration FRESH = Duration.ofMillis(900);

  private final LiveFloor floor;
  private final DialQueue queue;
  private final OperationsMetrics metrics;
  private final ConsoleSettings centre;
  private final Clock clock;
  private WallboardSnapshot last;

  WallboardBoard(
      LiveFloor floor,
      DialQueue queue,
      OperationsMetrics metrics,
      ConsoleSettings centre,
      Clock clock) {
    this.floor = floor;
    this.queue = queue;
    this.metrics = metrics;
    this.centre = centre;
    this.clock = clock;
  }

  synchronized WallboardSnapshot now() {
    Instant now = clock.instant();
    if (last != null && last.at().plus(FRESH).isAfter(now)) {
      return last;
    }
    Instant dayStart =
        now.atZone(centre.zone()).toLocalDate().atStartOfDay(centre.zone()).toInstant();
    last =
        new WallboardSnapshot(
            floor.at(now, dayStart),
            AbandonmentBudget.DEFAULT_CAP,
            queue.waitingByCampaign(),
            metrics.lastLateness(),
            metrics.openBreaches());
    return last;
  }
}
