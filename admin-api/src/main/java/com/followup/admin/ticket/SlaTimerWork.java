package com.followup.admin.ticket;

import com.followup.admin.scheduling.DueWork;
import com.followup.sla.timer.SlaTimers;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** SLA warnings and breaches fire from the cluster's due-work loop, within a second of time. */
@Singleton
class SlaTimerWork implements DueWork {

  private final SlaTimers timers;

  SlaTimerWork(SlaTimers timers) {
    this.timers = timers;
  }

  @Override
  public String name() {
    return "sla-timers";
  }

  @Override
  public int processDue(Instant now) {
    return timers.processDue(now);
  }

  @Override
  public Optional<Instant> nextDue() {
    return timers.nextDue();
  }
}
