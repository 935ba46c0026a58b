package com.followup.admin.calls;

import com.followup.admin.scheduling.DueWork;
import com.followup.sla.evaluation.QaQueue;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** Each campaign's sampling rule tops QA's queue up hourly, from the cluster's due-work loop. */
@Singleton
class QaSamplingWork implements DueWork {

  private final QaSampling sampling;
  private final QaQueue queue;

  QaSamplingWork(QaSampling sampling, QaQueue queue) {
    this.sampling = sampling;
    this.queue = queue;
  }

  @Override
  public String name() {
    return "qa-sampling";
  }

  @Override
  public int processDue(Instant now) {
    return sampling.topUp(now);
  }

  @Override
  public Optional<Instant> nextDue() {
    return queue.nextTopUp();
  }
}
