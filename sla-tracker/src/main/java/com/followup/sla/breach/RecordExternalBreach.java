package com.followup.sla.breach;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;

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
    if (breach.breachedAt().isAfter(clock.instant())) {
      throw new IllegalArgumentException("a breach cannot lie in the future");
    }
    return ledger.recordExternal(breach, clock.instant());
  }
}
