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

/**
 * {@code POST /twilio/gather} (twilio mode): a survey question's answer, signed like Twilio's other
 * webhooks (a forged or unsigned request gets 403 and changes nothing); answers the TwiML of what
 * the call does next.
 */
@Controller("/twilio")
@Requires(property = "followup.telephony.mode", value = "twilio")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class TwilioGatherController {

  private final WebhookSignatures signatures;
  private final TwilioWebhooks webhooks;

  TwilioGatherController(WebhookSignatures signatures, TwilioWebhooks webhooks) {
    this.signatures = signatures;
    this.webhooks = webhooks;
  }

  @Post(value = "/gather", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> gather(
      HttpRequest<?> request,
      @Nullable @Body String body,
      @Nullable @QueryValue String attempt,
      @Nullable @QueryValue String question,
      @Nullable @QueryValue String repeat,
      @Nullable @Header(TwilioWebhookController.SIGNATURE) String signature) {
    Map<String, String> form = FormParameters.decode(body);
    URI uri = request.getUri();
    String pathAndQuery =
        uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    if (!signatures.isValid(pathAndQuery, form, signature)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    String twiml = webhooks.gather(attempt, question, "1".equals(repeat), form);
    return HttpResponse.ok(twiml).contentType(MediaType.TEXT_XML_TYPE);
  }
}
