package com.followup.sla.breach;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The owner's side contests a breach, once, before or after QA confirmed it; QA then decides with
 * {@link ReviewBreach}. Who counts as the owner's side is the caller's business.
 */
@Singleton
public class AppealBreach {

  private final BreachLedger ledger;
  private final Clock clock;

  AppealBreach(BreachLedger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * @throws BreachNotFound for an unknown id
   * @throws BreachStepRefused when it is excused, already appealed or was appealed before
   */
  @Transactional
  public Breach appeal(BreachId id, String reason, String appellant) {
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw new IllegalArgumentException("an appeal needs a reason (≤ 2000 characters)");
    }
    Breach breach = ledger.find(id).orElseThrow(() -> new BreachNotFound(id));
    if (breach.wasAppealed()) {
      throw new BreachStepRefused("breach " + id + " was appealed already");
    }
    if (breach.status() != BreachStatus.OPEN && breach.status() != BreachStatus.CONFIRMED) {
      throw new BreachStepRefused(
          "breach " + id + " is " + breach.status() + ": nothing to appeal");
    }
    BreachStep step =
        new BreachStep(StepKind.APPEAL, BreachStatus.APPEALED, reason, appellant, clock.instant());
    if (!ledger.appendStep(id, breach.status(), step)) {
      throw new BreachStepRefused("breach " + id + " changed meanwhile; read it again");
    }
    return ledger.find(id).orElseThrow();
  }
}
