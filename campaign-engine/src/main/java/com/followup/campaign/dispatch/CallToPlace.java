package com.followup.campaign.dispatch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A follow-up the dialer may call now: it passed the compliance gate and holds the contact's one
 * dial path until its outcome is recorded. Carries what the agent needs on the call.
 *
 * @param attempt this attempt's number within the step (1 for the first)
 * @param nextStep the step after this one, if the campaign has one
 */
@Serdeable
public record CallToPlace(
    long followUpId,
    String dealerCode,
    String recordId,
    String recordType,
    String campaign,
    int campaignVersion,
    int step,
    String phone,
    String timezone,
    String customerName,
    @Nullable String product,
    @Nullable String serialNumber,
    @Nullable String parts,
    Instant eventTime,
    Instant deadline,
    int attempt,
    @Nullable NextStep nextStep) {}
