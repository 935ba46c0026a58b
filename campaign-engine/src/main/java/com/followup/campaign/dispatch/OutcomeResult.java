package com.followup.campaign.dispatch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * What an outcome did to the follow-up.
 *
 * @param status the follow-up's status now
 * @param nextAttemptAt when it will be called again, if it will
 * @param plannedStep the next step's follow-up created by a completed call, if any
 */
@Serdeable
public record OutcomeResult(
    long followUpId,
    String status,
    @Nullable Instant nextAttemptAt,
    @Nullable NextStep plannedStep) {}
