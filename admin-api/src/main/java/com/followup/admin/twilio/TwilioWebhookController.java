package com.followup.admin.twilio;

import com.followup.dialer.telephony.twilio.TwilioWebhooks;
import com.followup.dialer.telephony.twilio.WebhookSignatures;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * Twilio's webhooks (twilio mode only). Anonymous for Micronaut Security, but every request must
 * carry a valid {@code X-Twilio-Signature} for {@code public-base-url} + path + query and its form
 * parameters, else 403 and nothing happens.
 */
@Controller("/twilio")
@Requires(property = "followup.telephony.mode", value = "twilio")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class TwilioWebhookController {

  static final String SIGNATURE = "X-Twilio-Signature";

  private final WebhookSignatures signatures;
  private final TwilioWebhooks webhooks;

  TwilioWebhookController(WebhookSignatures signatures, TwilioWebhooks webhooks) {
    this.signatures = signatures;
    this.webhooks = webhooks;
  }

  /** TwiML for a call that was just answered. */
  @Post(value = "/voice", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> voice(
      HttpRequest<?> request,
      @Nullable @Body String body,
      @Nullable @QueryValue String attempt,
      @Nullable @Header(SIGNATURE) String signature) {
    return signed(request, body, signature, form -> twiml(webhooks.voice(attempt, form)));
  }

  /** A call status callback. */
  @Post(value = "/status", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> status(
      HttpRequest<?> request,
      @Nullable @Body String body,
      @Nullable @QueryValue String attempt,
      @Nullable @Header(SIGNATURE) String signature) {
    return signed(
        request,
        body,
        signature,
        form -> {
          webhooks.status(attempt, form);
          return HttpResponse.ok();
        });
  }

  /** The asynchronous answering-machine detection result. */
  @Post(value = "/amd", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> amd(
      HttpRequest<?> request,
      @Nullable @Body String body,
      @Nullable @QueryValue String attempt,
      @Nullable @Header(SIGNATURE) String signature) {
    return signed(
        request,
        body,
        signature,
        form -> {
          webhooks.amd(attempt, form);
          return HttpResponse.ok();
        });
  }

  /** A call's recording is ready at Twilio. */
  @Post(value = "/recording", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> recording(
      HttpRequest<?> request,
      @Nullable @Body String body,
      @Nullable @QueryValue String attempt,
      @Nullable @Header(SIGNATURE) String signature) {
    return signed(
        request,
        body,
        signature,
        form -> {
          webhooks.recording(attempt, form);
          return HttpResponse.ok();
        });
  }

  private HttpResponse<String> signed(
      HttpRequest<?> request,
      String body,
      String signature,
      Function<Map<String, String>, HttpResponse<String>> handle) {
    Map<String, String> form = FormParameters.decode(body);
    URI uri = request.getUri();
    String pathAndQuery =
        uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    if (!signatures.isValid(pathAndQuery, form, signature)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    return handle.apply(form);
  }

  private static HttpResponse<String> twiml(String xml) {
    return HttpResponse.ok(xml).contentType(MediaType.TEXT_XML_TYPE);
  }
}
