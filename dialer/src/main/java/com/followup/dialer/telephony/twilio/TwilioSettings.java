package com.followup.dialer.telephony.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.time.Duration;

/**
 * The Twilio account and how the adapter uses it ({@code followup.twilio.*}); read only in {@code
 * twilio} mode.
 *
 * @param accountSid the account (AC…)
 * @param authToken the account's auth token: signs requests to Twilio and Twilio's webhooks to us
 * @param fromNumber the caller id, a Twilio number in E.164
 * @param publicBaseUrl where Twilio reaches this application ({@code https://dialer.example.com});
 *     webhook signatures are checked against it
 * @param apiBaseUrl Twilio's REST API, or a Twilio-compatible stand-in for tests and rehearsals
 * @param callsPerSecond the account's calls-per-second limit (Twilio's default is 1)
 * @param maxTries how many times one call is tried on 429, 5xx and network errors
 * @param firstBackoff the wait after the first failed try; doubled after each further one
 * @param maxBackoff the longest wait between tries
 * @param requestTimeout how long to wait for Twilio to answer one request
 * @param holdSeconds how long an answered call waits for the detection result and an agent before
 *     it hears the abandon message
 */
@ConfigurationProperties("followup.twilio")
public record TwilioSettings(
    @Nullable String accountSid,
    @Nullable String authToken,
    @Nullable String fromNumber,
    @Nullable String publicBaseUrl,
    @Bindable(defaultValue = "https://api.twilio.com") String apiBaseUrl,
    @Bindable(defaultValue = "1") double callsPerSecond,
    @Bindable(defaultValue = "5") int maxTries,
    @Bindable(defaultValue = "1s") Duration firstBackoff,
    @Bindable(defaultValue = "30s") Duration maxBackoff,
    @Bindable(defaultValue = "15s") Duration requestTimeout,
    @Bindable(defaultValue = "60") int holdSeconds) {

  /** Fails at start-up, naming the missing settings, rather than at the first call. */
  TwilioSettings requireComplete() {
    StringBuilder missing = new StringBuilder();
    for (String[] s :
        new String[][] {
          {"account-sid", accountSid},
          {"auth-token", authToken},
          {"from-number", fromNumber},
          {"public-base-url", publicBaseUrl}
        }) {
      if (s[1] == null || s[1].isBlank()) {
        missing.append(missing.length() == 0 ? "" : ", ").append("followup.twilio.").append(s[0]);
      }
    }
    if (missing.length() > 0) {
      throw new IllegalStateException("twilio mode needs " + missing);
    }
    if (callsPerSecond <= 0 || maxTries < 1) {
      throw new IllegalStateException("calls-per-second and max-tries must be positive");
    }
    return this;
  }

  /** A webhook URL of ours, as Twilio will call it and sign it. */
  URI webhook(String path, long attempt) {
    String base =
        publicBaseUrl.endsWith("/")
            ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
            : publicBaseUrl;
    return URI.create(base + "/twilio/" + path + "?attempt=" + attempt);
  }
}
