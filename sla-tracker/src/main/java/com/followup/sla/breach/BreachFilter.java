package com.followup.sla.breach;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What QA asks the ledger for; every field is optional.
 *
 * @param since breached at or after
 * @param until breached before
 * @param stage the target's name
 * @param owner the agent who owns it
 * @param limit at most this many, newest first (1–1000)
 */
public record BreachFilter(
    @Nullable BreachStatus status,
    @Nullable Instant since,
    @Nullable Instant until,
    @Nullable String stage,
    @Nullable String department,
    @Nullable String dealerCode,
    @Nullable String owner,
    @Nullable String ticketType,
    int limit) {

  public BreachFilter {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be between 1 and 1000");
    }
    if (since != null && until != null && !until.isAfter(since)) {
      throw new IllegalArgumentException("until must be after since");
    }
  }

  public static BreachFilter all() {
    return new BreachFilter(null, null, null, null, null, null, null, null, 1000);
  }
}
