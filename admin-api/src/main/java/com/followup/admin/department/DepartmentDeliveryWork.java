package com.followup.admin.department;

import com.followup.admin.scheduling.DueWork;
import com.followup.sla.ticket.TicketHandedOver;
import com.followup.sla.transfer.DeliveryOutbox;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tickets are delivered to their departments from the cluster's due-work loop. A hand-over
 * committed on this instance wakes the loop when it runs here, so a delivery starts at once instead
 * of at the loop's next idle poll (hand-overs on other instances are seen at that poll).
 */
@Singleton
class DepartmentDeliveryWork implements DueWork {

  private final DeliveryOutbox outbox;
  private final Set<Runnable> wakeUps = ConcurrentHashMap.newKeySet();

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

  @Override
  public void addWakeUp(Runnable wakeUp) {
    wakeUps.add(wakeUp);
  }

  @Override
  public void removeWakeUp(Runnable wakeUp) {
    wakeUps.remove(wakeUp);
  }

  /** The transfer and its outbox rows are committed: the running loop may send them now. */
  @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
  void onHandedOver(TicketHandedOver handover) {
    wakeUps.forEach(Runnable::run);
  }
}
