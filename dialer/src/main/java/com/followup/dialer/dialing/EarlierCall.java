package com.followup.dialer.dialing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * An earlier call to the same phone, for the agent on a call.
 *
 * @param at when it was placed (when it was taken, if it never was)
 * @param step the follow-up step it was for
 * @param outcome the outcome applied (COMPLETED, NO_ANSWER, CALL_BACK, ABANDONED …); null while
 *     open
 * @param agent the agent it was given to, if any
 * @param talkSeconds how long the customer talked with the agent, if bridged
 * @param notes the agent's notes, or the dialer's reason for a machine outcome
 */
@Serdeable
public record EarlierCall(
    long attemptId,
    long followUpId,
    Instant at,
    String campaign,
    int step,
    @Nullable String outcome,
    @Nullable String agent,
    @Nullable Integer talkSeconds,
    @Nullable Boolean satisfied,
    @Nullable String notes) {}
