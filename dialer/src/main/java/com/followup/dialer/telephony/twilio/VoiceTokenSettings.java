package com.followup.dialer.telephony.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The Twilio API key that signs agents' softphone tokens ({@code followup.twilio.voice.*}).
 *
 * @param apiKeySid an API key of the account (SK…); without it no tokens are issued
 * @param apiKeySecret that key's secret
 * @param ttl how long a token is valid (one shift at most; Twilio allows up to 24 h)
 */
@ConfigurationProperties("followup.twilio.voice")
public record VoiceTokenSettings(
    @Nullable String apiKeySid,
    @Nullable String apiKeySecret,
    @Bindable(defaultValue = "1h") Duration ttl) {

  boolean complete() {
    return apiKeySid != null
        && !apiKeySid.isBlank()
        && apiKeySecret != null
        && !apiKeySecret.isBlank();
  }
}
