package com.followup.admin.followup;

import com.followup.admin.scheduling.DueWork;
import com.followup.campaign.dispatch.FollowUpDispatcher;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** Follow-ups are released to the dial queue from the cluster's due-work loop, on time. */
@Singleton
class FollowUpDispatchWork implements DueWork {

  private final FollowUpDispatcher dispatcher;

  FollowUpDispatchWork(FollowUpDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public String name() {
    return "followup-dispatch";
  }

  @Override
  public int processDue(Instant now) {
    return dispatcher.processDue(now);
  }

  @Override
  public Optional<Instant> nextDue() {
    return dispatcher.nextDue();
  }
}
