package com.followup.dialer.dialing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The live dialer ({@code followup.dialer.*}).
 *
 * @param wrapUp how long an agent may take to enter a call's outcome after it ended, unless the
 *     campaign sets its own; then the step is retried and the agent is READY again
 * @param connectLimit how long a person who answered may wait for an agent before the call is
 *     abandoned (the abandon message plays)
 * @param tick how often each campaign's pacing loop decides how many calls to place
 * @param abandonedGuard a number abandoned within this time is dialed again only with an agent
 *     reserved for it beforehand
 * @param companyName the name the default machine and abandon messages give
 */
@ConfigurationProperties("followup.dialer")
public record DialerSettings(
    @Bindable(defaultValue = "30s") Duration wrapUp,
    @Bindable(defaultValue = "2s") Duration connectLimit,
    @Bindable(defaultValue = "200ms") Duration tick,
    @Bindable(defaultValue = "72h") Duration abandonedGuard,
    @Bindable(defaultValue = "the customer care centre") String companyName) {}
