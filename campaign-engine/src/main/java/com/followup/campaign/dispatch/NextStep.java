package com.followup.campaign.dispatch;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** The step after this call, to tell the customer when the centre will call again. */
@Serdeable
public record NextStep(int step, Instant windowStart, Instant deadline) {}
