package com.followup.dialer.calls;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * Which attempts to list: placed in {@code [since, until)}, of one campaign, given to one agent,
 * with one outcome; every part optional. The newest come first.
 *
 * @param limit at most this many, 1 to {@link #MAX_LIMIT}
 */
public record CallQuery(
    @Nullable Instant since,
    @Nullable Instant until,
    @Nullable String campaign,
    @Nullable String agent,
    @Nullable String outcome,
    int limit) {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;

  public CallQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
    }
    if (since != null && until != null && !since.isBefore(until)) {
      throw new IllegalArgumentException("since must be before until");
    }
  }
}
