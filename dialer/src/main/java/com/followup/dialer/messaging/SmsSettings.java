package com.followup.dialer.messaging;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Texts ({@code followup.sms.*}).
 *
 * @param hotline the centre's number a text's {@code {hotline}} names
 * @param messagesPerSecond the account's messages-per-second (1 for a Twilio long code): texts are
 *     sent no faster, across all campaigns
 * @param tick how often the sender looks for queued texts
 * @param batch how many texts of one campaign the sender takes at a time
 */
@ConfigurationProperties("followup.sms")
public record SmsSettings(
    @Nullable String hotline,
    @Bindable(defaultValue = "1") double messagesPerSecond,
    @Bindable(defaultValue = "1s") Duration tick,
    @Bindable(defaultValue = "10") int batch) {

  public SmsSettings {
    if (messagesPerSecond <= 0) {
      throw new IllegalArgumentException("followup.sms.messages-per-second must be positive");
    }
    if (batch < 1) {
      throw new IllegalArgumentException("followup.sms.batch must be at least 1");
    }
  }

  public String hotlineOrEmpty() {
    return hotline == null ? "" : hotline.strip();
  }
}
