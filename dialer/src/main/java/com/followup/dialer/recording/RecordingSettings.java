package com.followup.dialer.recording;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Call recordings ({@code followup.recordings.*}).
 *
 * @param enabled whether answered calls are recorded (Twilio: dual channel, customer and agent
 *     apart; the simulator: a short generated audio per answered call)
 * @param retention how long a recording is kept before it is deleted at the provider and here
 * @param simulatedSeconds the length of the simulator's generated audio, at most
 */
@ConfigurationProperties("followup.recordings")
public record RecordingSettings(
    @Bindable(defaultValue = "true") boolean enabled,
    @Bindable(defaultValue = "180d") Duration retention,
    @Bindable(defaultValue = "4") int simulatedSeconds) {

  public RecordingSettings {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalStateException("followup.recordings.retention must be positive");
    }
    if (simulatedSeconds < 1) {
      throw new IllegalStateException("followup.recordings.simulated-seconds must be positive");
    }
  }
}
