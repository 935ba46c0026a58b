package com.followup.dialer.calls;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One dial attempt as QA and managers read it.
 *
 * @param agent the agent it was given to, if any
 * @param outcome the outcome the agent or the dialer applied; null while the call is open
 * @param talkSeconds the time the customer and the agent were connected
 */
public record LoggedCall(
    long id,
    long followUpId,
    String campaign,
    @Nullable String agent,
    Instant placedAt,
    @Nullable Instant answeredAt,
    @Nullable Instant endedAt,
    @Nullable String outcome,
    @Nullable Integer talkSeconds) {}
