package com.followup.campaign.dispatch;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How follow-ups are released and dialed ({@code followup.dispatch.*}).
 *
 * @param batchSize rows one dispatcher pass claims
 * @param dialLease how long a taken call may stay DIALING without an outcome before it counts as
 *     unanswered and returns to the queue (an instance died mid-call)
 * @param undecidedRetry when the gate cannot decide (unknown zone), how soon to look again
 * @param defaultRetry the wait after an unanswered attempt when the campaign names none
 * @param failedRetry the wait after the telephony could not place a call (not an attempt)
 */
@ConfigurationProperties("followup.dispatch")
public record DispatchSettings(
    @Bindable(defaultValue = "1000") int batchSize,
    @Bindable(defaultValue = "30m") Duration dialLease,
    @Bindable(defaultValue = "1h") Duration undecidedRetry,
    @Bindable(defaultValue = "1h") Duration defaultRetry,
    @Bindable(defaultValue = "5m") Duration failedRetry) {}
