package com.followup.admin.twilio;

import com.followup.dialer.messaging.InboundTexts;
import com.followup.dialer.messaging.TextStatus;
import com.followup.dialer.messaging.TextStatuses;
import com.followup.dialer.telephony.twilio.SmsTwiml;
import com.followup.dialer.telephony.twilio.WebhookSignatures;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Twilio's webhooks for texts (twilio mode only), signed and checked like the calls' ({@link
 * TwilioWebhookController}): a forged or missing {@code X-Twilio-Signature} gets 403 and nothing
 * happens.
 */
@Controller("/twilio")
@Requires(property = "followup.telephony.mode", value = "twilio")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class TwilioSmsWebhookController {

  private static final Logger LOG = LoggerFactory.getLogger(TwilioSmsWebhookController.class);

  private final WebhookSignatures signatures;
  private final TextStatuses statuses;
  private final InboundTexts inbound;
  private final Clock clock;

  TwilioSmsWebhookController(
      WebhookSignatures signatures, TextStatuses statuses, InboundTexts inbound, Clock clock) {
    this.signatures = signatures;
    this.statuses = statuses;
    this.inbound = inbound;
    this.clock = clock;
  }

  /**
   * A text's status callback: {@code MessageStatus} sent, delivered, undelivered or failed (queued,
   * accepted and sending change nothing but the sid), with {@code ErrorCode}.
   */
  @Post(value = "/sms-status", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> status(
      HttpRequest<?> request,
      @Nullable @io.micronaut.http.annotation.Body String body,
      @Nullable @QueryValue String message,
      @Nullable @Header(TwilioWebhookController.SIGNATURE) String signature) {
    Map<String, String> form = FormParameters.decode(body);
    if (!signed(request, form, signature)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    Optional<Long> id = id(message);
    String sid = form.get("MessageSid");
    if (id.isEmpty() || sid == null) {
      LOG.warn("text status callback for unknown text {} (message {})", message, sid);
      return HttpResponse.ok();
    }
    String error = form.get("ErrorCode");
    error = error == null || error.isBlank() ? null : error.strip();
    switch (form.getOrDefault("MessageStatus", "")) {
      case "sent" -> statuses.report(id.get(), sid, TextStatus.SENT, null, clock.instant(), null);
      case "delivered" ->
          statuses.report(id.get(), sid, TextStatus.DELIVERED, null, clock.instant(), null);
      case "undelivered" ->
          statuses.report(
              id.get(), sid, TextStatus.UNDELIVERED, error, clock.instant(), "Twilio: undelivered");
      case "failed" ->
          statuses.report(
              id.get(), sid, TextStatus.FAILED, error, clock.instant(), "Twilio: failed");
      default -> statuses.accepted(id.get(), sid);
    }
    return HttpResponse.ok();
  }

  /**
   * A reply to one of our texts: STOP and its equivalents opt the number out of texts, START opts
   * it back in. Answered with TwiML ({@code <Response/>}, or a confirmation where Twilio sends
   * none).
   */
  @Post(value = "/sms-inbound", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<String> inbound(
      HttpRequest<?> request,
      @Nullable @io.micronaut.http.annotation.Body String body,
      @Nullable @Header(TwilioWebhookController.SIGNATURE) String signature) {
    Map<String, String> form = FormParameters.decode(body);
    if (!signed(request, form, signature)) {
      return HttpResponse.status(HttpStatus.FORBIDDEN);
    }
    InboundTexts.Reply reply = inbound.received(form.get("From"), form.get("Body"));
    return HttpResponse.ok(SmsTwiml.reply(reply.answer())).contentType(MediaType.TEXT_XML_TYPE);
  }

  private boolean signed(HttpRequest<?> request, Map<String, String> form, String signature) {
    URI uri = request.getUri();
    String pathAndQuery =
        uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return signatures.isValid(pathAndQuery, form, signature);
  }

  private static Optional<Long> id(@Nullable String text) {
    try {
      return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
