package com.followup.admin.agent;

import com.followup.campaign.dispatch.OutcomeResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What entering an outcome did: the follow-up's result, the problem ticket it opened, and the
 * ticket a repair claim's mismatch opened, if any.
 */
@Serdeable
public record OutcomeView(
    OutcomeResult result, @Nullable Long problemTicketId, @Nullable Long verificationTicketId) {}
