package com.followup.sla.breach;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * Writes a breach that another module detected into the ledger, where QA reviews it like any other:
 * the campaign engine calls it for a follow-up step that ended MISSED.
 */
@Singleton
public class RecordExternalBreach {

  private final BreachLedger ledger;
  private final Clock clock;

  RecordExternalBreach(BreachLedger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /** Records it as OPEN and returns its id. */
  @Transactional
  public BreachId record(ExternalBreach breach) {
    notInFuture(breach);
    return ledger.recordExternal(breach, clock.instant());
  }

  /** Records them all as OPEN, in one batch (a late upload can miss many steps at once). */
  @Transactional
  public void recordAll(List<ExternalBreach> breaches) {
    breaches.forEach(this::notInFuture);
    if (!breaches.isEmpty()) {
      ledger.recordExternal(breaches, clock.instant());
    }
  }

  private void notInFuture(ExternalBreach breach) {
    if (breach.breachedAt().isAfter(clock.instant())) {
      throw new IllegalArgumentException("a breach cannot lie in the future");
    }
  }
}
