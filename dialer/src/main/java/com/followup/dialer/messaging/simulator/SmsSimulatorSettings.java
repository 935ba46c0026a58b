package com.followup.dialer.messaging.simulator;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Simulated texts ({@code followup.sms.simulator.*}), in simulator mode.
 *
 * @param deliveredRate share of texts delivered; the rest are undelivered (error 30003)
 * @param reportAfter how long after sending the carrier reports sent, and again delivery
 * @param seed seed of the random outcomes; unset for a different run every start
 */
@ConfigurationProperties("followup.sms.simulator")
public record SmsSimulatorSettings(
    @Bindable(defaultValue = "0.9") double deliveredRate,
    @Bindable(defaultValue = "2s") Duration reportAfter,
    @Nullable Long seed) {

  public SmsSimulatorSettings {
    if (deliveredRate < 0 || deliveredRate > 1) {
      throw new IllegalArgumentException("followup.sms.simulator.delivered-rate must be 0 to 1");
    }
  }
}
