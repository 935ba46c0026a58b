package com.followup.sla.breach;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A line of the breach ledger with its audit steps.
 *
 * @param ticketId the ticket whose target was missed; null for an external breach
 * @param target the target's name (the stage), or the external breach's kind
 * @param owner who answers for it: the user who opened the ticket
 * @param reason an external breach's description
 * @param breachedAt the deadline that passed
 * @param flaggedAt when the tracker wrote it down
 */
public record Breach(
    BreachId id,
    BreachSource source,
    @Nullable Long ticketId,
    @Nullable String ticketType,
    String target,
    @Nullable Integer policyVersion,
    @Nullable String department,
    @Nullable String dealerCode,
    @Nullable String owner,
    @Nullable String reason,
    Instant breachedAt,
    Instant flaggedAt,
    BreachStatus status,
    List<BreachStep> steps) {

  public Breach {
    steps = List.copyOf(steps);
  }

  /** Whether the owner has appealed it before: an owner appeals once. */
  public boolean wasAppealed() {
    return steps.stream().anyMatch(s -> s.step() == StepKind.APPEAL);
  }
}
