package com.followup.campaign.followup;

import com.followup.campaign.timeline.StepChannel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A follow-up as the contract shows it, with the campaign version and why it was missed. */
@Serdeable
public record FollowUpView(
    long id,
    String campaign,
    int campaignVersion,
    int step,
    Instant windowStart,
    Instant deadline,
    @Nullable Instant nextAttemptAt,
    String status,
    int attempts,
    @Nullable String missedReason,
    StepChannel channel) {}
