package com.followup.admin.department;

import com.followup.admin.scheduling.DueWork;
import com.followup.sla.transfer.DeliveryOutbox;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** Tickets are delivered to their departments from the cluster's due-work loop. */
@Singleton
class DepartmentDeliveryWork implements DueWork {

  private final DeliveryOutbox outbox;

  DepartmentDeliveryWork(DeliveryOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public String name() {
    return "department-deliveries";
  }

  @Override
  public int processDue(Instant now) {
    return outbox.processDue(now);
  }

  @Override
  public Optional<Instant> nextDue() {
    return outbox.nextDue();
  }
}
