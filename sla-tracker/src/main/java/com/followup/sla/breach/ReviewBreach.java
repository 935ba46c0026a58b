package com.followup.sla.breach;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * QA's decision on a breach: confirms or excuses an OPEN one, or decides an APPEALED one (CONFIRMED
 * rejects the appeal, EXCUSED grants it). A decided breach is not decided again.
 */
@Singleton
public class ReviewBreach {

  private final BreachLedger ledger;
  private final Clock clock;

  ReviewBreach(BreachLedger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * @param decision CONFIRMED or EXCUSED
   * @param reason required to excuse
   * @throws BreachNotFound for an unknown id
   * @throws BreachStepRefused when the breach is neither OPEN nor APPEALED
   */
  @Transactional
  public Breach review(BreachId id, BreachStatus decision, String reason, String reviewer) {
    if (decision != BreachStatus.CONFIRMED && decision != BreachStatus.EXCUSED) {
      throw new IllegalArgumentException("decision must be CONFIRMED or EXCUSED");
    }
    if (decision == BreachStatus.EXCUSED && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("a reason is required to excuse a breach");
    }
    if (reason != null && reason.length() > 2000) {
      throw new IllegalArgumentException("reason is longer than 2000 characters");
    }
    Breach breach = ledger.find(id).orElseThrow(() -> new BreachNotFound(id));
    StepKind kind =
        switch (breach.status()) {
          case OPEN -> StepKind.REVIEW;
          case APPEALED -> StepKind.APPEAL_DECISION;
          default ->
              throw new BreachStepRefused(
                  "breach "
                      + id
                      + " is already "
                      + breach.status()
                      + "; only an appeal reopens it");
        };
    BreachStep step = new BreachStep(kind, decision, reason, reviewer, clock.instant());
    if (!ledger.appendStep(id, breach.status(), step)) {
      throw new BreachStepRefused("breach " + id + " changed meanwhile; read it again");
    }
    return ledger.find(id).orElseThrow();
  }
}
