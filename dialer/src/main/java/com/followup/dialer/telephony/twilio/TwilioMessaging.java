package com.followup.dialer.telephony.twilio;

import com.followup.dialer.messaging.Messaging;
import com.followup.dialer.messaging.TextMessage;
import com.followup.dialer.messaging.TextMessages;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.rest.api.v2010.account.MessageReader;
import com.twilio.type.PhoneNumber;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sends a text with Twilio's Messages API ({@code Message.creator}), its status callback naming our
 * row ({@code /twilio/sms-status?message=ID}). Retried with exponential backoff: a 429 or a refused
 * connection sent nothing, so it is tried again; a 5xx or a timeout is ambiguous, so before any
 * further try the message is looked up (the same To, and From unless a messaging service sends,
 * created since the first try, with our body, not already one of ours) and adopted when it exists.
 * A text is never sent twice.
 */
@Singleton
@Requires(property = "followup.telephony.mode", value = "twilio")
class TwilioMessaging implements Messaging {

  // Twilio's clock and ours may differ a little; date_created has whole seconds
  private static final Duration SKEW = Duration.ofSeconds(30);

  private final TwilioRestClient client;
  private final TwilioSettings twilio;
  private final TwilioMessagingSettings settings;
  private final TextMessages texts;
  private final Clock clock;

  TwilioMessaging(
      TwilioRestClient client,
      TwilioSettings twilio,
      TwilioMessagingSettings settings,
      TextMessages texts,
      Clock clock) {
    this.client = client;
    this.twilio = twilio;
    this.settings = settings;
    this.texts = texts;
    this.clock = clock;
  }

  @Override
  public Sent send(TextMessage text, boolean resumed) {
    Instant firstTry = resumed ? text.createdAt() : clock.instant();
    boolean ambiguous = resumed;
    String lastError = "not tried";
    for (int tryNo = 1; tryNo <= twilio.maxTries(); tryNo++) {
      try {
        if (tryNo > 1) {
          Thread.sleep(backoff(tryNo - 1).toMillis());
        }
        if (ambiguous) {
          Optional<String> found = lookUp(text, firstTry);
          if (found.isPresent()) {
            return new Sent(found.get(), null);
          }
        }
        return new Sent(creator(text).create(client).getSid(), null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Sent(null, "interrupted while sending");
      } catch (ApiException e) {
        TwilioFailure failure = TwilioFailure.of(e);
        lastError = failure.describe(e);
        if (failure == TwilioFailure.REFUSED) {
          return new Sent(null, lastError);
        }
        ambiguous |= failure == TwilioFailure.AMBIGUOUS;
      }
    }
    if (!ambiguous) {
      return new Sent(null, lastError);
    }
    try {
      return lookUp(text, firstTry)
          .map(sid -> new Sent(sid, null))
          .orElse(new Sent(null, lastError));
    } catch (ApiException e) {
      return new Sent(null, lastError + "; not confirmed: " + TwilioFailure.of(e).describe(e));
    }
  }

  private Optional<String> lookUp(TextMessage text, Instant firstTry) {
    Instant since = firstTry.minus(SKEW);
    MessageReader reader = Message.reader().setTo(new PhoneNumber(text.phone())).setPageSize(20L);
    if (!settings.viaService()) {
      reader.setFrom(new PhoneNumber(from()));
    }
    List<Message> recent = reader.firstPage(client).getRecords();
    return recent.stream()
        .filter(m -> m.getDateCreated() != null)
        .filter(m -> !m.getDateCreated().toInstant().isBefore(since))
        .filter(m -> text.body().equals(m.getBody()))
        .map(Message::getSid)
        .filter(sid -> !texts.knowsSid(sid))
        .findFirst();
  }

  private MessageCreator creator(TextMessage text) {
    PhoneNumber to = new PhoneNumber(text.phone());
    MessageCreator creator =
        settings.viaService()
            ? Message.creator(to, settings.messagingServiceSid(), text.body())
            : Message.creator(to, new PhoneNumber(from()), text.body());
    return creator.setStatusCallback(statusCallback(text.id()));
  }

  private String from() {
    String from = settings.smsFrom();
    return from == null || from.isBlank() ? twilio.fromNumber() : from;
  }

  private URI statusCallback(long id) {
    String base = twilio.publicBaseUrl();
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return URI.create(base + "/twilio/sms-status?message=" + id);
  }

  private Duration backoff(int failures) {
    Duration wait = twilio.firstBackoff().multipliedBy(1L << Math.min(failures - 1, 20));
    return wait.compareTo(twilio.maxBackoff()) > 0 ? twilio.maxBackoff() : wait;
  }
}
