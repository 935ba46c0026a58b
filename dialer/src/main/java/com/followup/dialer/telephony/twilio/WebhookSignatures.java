package com.followup.dialer.telephony.twilio;

import com.twilio.security.RequestValidator;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Checks the {@code X-Twilio-Signature} of a webhook request: an HMAC-SHA1 with the account's auth
 * token over the URL Twilio called ({@code public-base-url} + path + query) and the sorted form
 * parameters, as twilio-java's {@link RequestValidator} computes it.
 */
@Singleton
@Requires(property = "followup.telephony.mode", value = "twilio")
public class WebhookSignatures {

  private final RequestValidator validator;
  private final String publicBaseUrl;

  WebhookSignatures(TwilioSettings settings) {
    settings.requireComplete();
    this.validator = new RequestValidator(settings.authToken());
    String base = settings.publicBaseUrl();
    this.publicBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /**
   * True when {@code signature} signs this request.
   *
   * @param pathAndQuery the request's path and raw query, as received ({@code
   *     /twilio/status?attempt=7})
   * @param form the request's form parameters
   * @param signature the {@code X-Twilio-Signature} header; null or blank is never valid
   */
  public boolean isValid(String pathAndQuery, Map<String, String> form, String signature) {
    if (signature == null || signature.isBlank()) {
      return false;
    }
    return validator.validate(publicBaseUrl + pathAndQuery, form, signature);
  }
}
