package com.followup.sla.ticket;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A started SLA target of a ticket.
 *
 * @param dueAt the deadline (while paused: the deadline it had when paused)
 * @param remaining while paused, the allowed time that was left
 * @param warnedAt when the warning before the deadline went out
 * @param metAt when the event that meets it happened (also set when it came too late)
 * @param breachedAt the deadline it missed
 */
public record Target(
    long id,
    String name,
    TargetStatus status,
    Duration allowed,
    Instant startedAt,
    Instant dueAt,
    @Nullable Duration remaining,
    @Nullable Instant warnedAt,
    @Nullable Instant metAt,
    @Nullable Instant breachedAt) {

  public Target {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(allowed, "allowed");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(dueAt, "dueAt");
  }

  public boolean isOpen() {
    return status == TargetStatus.RUNNING || status == TargetStatus.PAUSED;
  }
}
