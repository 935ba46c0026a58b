package com.followup.admin.breach;

import com.followup.admin.ticket.Instants;
import com.followup.sla.breach.Breach;
import com.followup.sla.breach.BreachStep;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A ledger line as the API shows it; steps only when one breach is read. */
@Serdeable
record BreachView(
    long id,
    String source,
    @Nullable Long ticketId,
    @Nullable String ticketType,
    String target,
    @Nullable Integer policyVersion,
    @Nullable String department,
    @Nullable String dealerCode,
    @Nullable String owner,
    @Nullable String reason,
    String breachedAt,
    String flaggedAt,
    String status,
    @Nullable List<StepView> steps) {

  static BreachView of(Breach breach, boolean withSteps) {
    return new BreachView(
        breach.id().value(),
        breach.source().name(),
        breach.ticketId(),
        breach.ticketType(),
        breach.target(),
        breach.policyVersion(),
        breach.department(),
        breach.dealerCode(),
        breach.owner(),
        breach.reason(),
        Instants.format(breach.breachedAt()),
        Instants.format(breach.flaggedAt()),
        breach.status().name(),
        withSteps ? breach.steps().stream().map(StepView::of).toList() : null);
  }

  @Serdeable
  record StepView(
      String step, String outcome, @Nullable String reason, String actor, String takenAt) {
    static StepView of(BreachStep step) {
      return new StepView(
          step.step().name(),
          step.outcome().name(),
          step.reason(),
          step.actor(),
          Instants.format(step.takenAt()));
    }
  }
}
