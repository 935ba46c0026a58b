package com.followup.dialer.telephony.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Where texts come from in {@code twilio} mode ({@code followup.twilio.*}): a messaging service
 * (MG…, which picks the sender and handles STOP replies) or else a from-number ({@code sms-from},
 * else the calls' {@code from-number}).
 */
@ConfigurationProperties("followup.twilio")
public record TwilioMessagingSettings(
    @Nullable String messagingServiceSid, @Nullable String smsFrom) {

  boolean viaService() {
    return messagingServiceSid != null && !messagingServiceSid.isBlank();
  }
}
