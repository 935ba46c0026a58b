package com.followup.sla.ticket;

import com.followup.sla.policy.TicketType;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint, inquiry or problem with its SLA targets.
 *
 * @param customerPhone E.164
 * @param policyVersion the version of its type's policy it was opened under, kept for life
 * @param openedBy who opened it: the owner of its breaches
 * @param followUpId the follow-up call it was raised on, if any
 * @param pausedAt when its clocks were paused, while they are
 * @param targets the targets started so far, in the order they started
 */
public record Ticket(
    TicketId id,
    TicketType type,
    String customerPhone,
    @Nullable String dealerCode,
    String department,
    String summary,
    int policyVersion,
    Instant openedAt,
    String openedBy,
    @Nullable Long followUpId,
    @Nullable Instant pausedAt,
    List<Target> targets) {

  public Ticket {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(customerPhone, "customerPhone");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(openedAt, "openedAt");
    targets = List.copyOf(targets);
  }

  public Optional<Target> target(String name) {
    return targets.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
