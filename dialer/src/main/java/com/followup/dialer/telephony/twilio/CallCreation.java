package com.followup.dialer.telephony.twilio;

import com.followup.dialer.recording.RecordingSettings;
import com.followup.dialer.telephony.MachineBehaviour;
import com.followup.dialer.telephony.OutboundCall;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.CallCreator;
import com.twilio.type.PhoneNumber;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Creates one call on Twilio, paced by {@link DialRate}, retried with exponential backoff, never
 * dialing twice. A 429 or a refused connection means no call was created: try again. A 5xx or a
 * timeout is ambiguous: before any further try, the call is looked up (same To and From, created
 * since the first try, not already ours under another attempt) and adopted when it exists.
 */
@Singleton
@Requires(property = "followup.telephony.mode", value = "twilio")
final class CallCreation {

  /** The created (or adopted) call's sid, or why there is none. */
  record Outcome(String callSid, String failure) {}

  // Twilio's clock and ours may differ a little; date_created has whole seconds
  private static final Duration SKEW = Duration.ofSeconds(30);

  private final TwilioRestClient client;
  private final TwilioSettings settings;
  private final DialRate rate;
  private final Clock clock;
  private final DialRate.Sleeper sleeper;
  private final RecordingSettings recordings;

  CallCreation(
      TwilioRestClient client,
      TwilioSettings settings,
      RecordingSettings recordings,
      DialRate rate,
      Clock clock) {
    this.client = client;
    this.settings = settings;
    this.recordings = recordings;
    this.rate = rate;
    this.clock = clock;
    this.sleeper = DialRate.Sleeper.THREAD;
  }

  /** {@code known} tells whether a call sid already belongs to one of our attempts. */
  Outcome create(OutboundCall call, Predicate<String> known) throws InterruptedException {
    Instant firstTry = clock.instant();
    boolean ambiguous = false;
    String lastError = "not tried";
    for (int tryNo = 1; tryNo <= settings.maxTries(); tryNo++) {
      if (tryNo > 1) {
        sleeper.sleep(backoff(tryNo - 1));
      }
      try {
        if (ambiguous) {
          Optional<String> found = lookUp(call, firstTry, known);
          if (found.isPresent()) {
            return new Outcome(found.get(), null);
          }
        }
        rate.acquire();
        return new Outcome(creator(call).create(client).getSid(), null);
      } catch (ApiException e) {
        TwilioFailure failure = TwilioFailure.of(e);
        lastError = failure.describe(e);
        if (failure == TwilioFailure.REFUSED) {
          return new Outcome(null, lastError);
        }
        ambiguous |= failure == TwilioFailure.AMBIGUOUS;
      }
    }
    return ambiguous ? lastLook(call, firstTry, known, lastError) : new Outcome(null, lastError);
  }

  private Outcome lastLook(
      OutboundCall call, Instant firstTry, Predicate<String> known, String lastError) {
    try {
      return lookUp(call, firstTry, known)
          .map(sid -> new Outcome(sid, null))
          .orElse(new Outcome(null, lastError));
    } catch (ApiException e) {
      return new Outcome(null, lastError + "; not confirmed: " + TwilioFailure.of(e).describe(e));
    }
  }

  private Optional<String> lookUp(OutboundCall call, Instant firstTry, Predicate<String> known) {
    Instant since = firstTry.minus(SKEW);
    List<Call> recent =
        Call.reader()
            .setTo(new PhoneNumber(call.to()))
            .setFrom(new PhoneNumber(settings.fromNumber()))
            .setPageSize(20L)
            .firstPage(client)
            .getRecords();
    return recent.stream()
        .filter(c -> c.getDateCreated() != null)
        .filter(c -> !c.getDateCreated().toInstant().isBefore(since))
        .map(Call::getSid)
        .filter(sid -> !known.test(sid))
        .findFirst();
  }

  private CallCreator creator(OutboundCall call) {
    long id = call.attemptId().value();
    boolean message = call.machineBehaviour() == MachineBehaviour.LEAVE_MESSAGE;
    CallCreator creator =
        Call.creator(
                new PhoneNumber(call.to()),
                new PhoneNumber(settings.fromNumber()),
                settings.webhook("voice", id))
            .setMethod(HttpMethod.POST)
            .setStatusCallback(settings.webhook("status", id))
            .setStatusCallbackEvent(List.of("initiated", "ringing", "answered", "completed"))
            .setStatusCallbackMethod(HttpMethod.POST)
            .setMachineDetection(message ? "DetectMessageEnd" : "Enable")
            .setAsyncAmd("true")
            .setAsyncAmdStatusCallback(settings.webhook("amd", id))
            .setAsyncAmdStatusCallbackMethod(HttpMethod.POST);
    if (recordings.enabled()) {
      // both sides apart (customer, agent) for QA; Twilio reports the recording when it is ready
      creator
          .setRecord(true)
          .setRecordingChannels("dual")
          .setRecordingStatusCallback(settings.webhook("recording", id).toString())
          .setRecordingStatusCallbackEvent(List.of("completed"))
          .setRecordingStatusCallbackMethod(HttpMethod.POST);
    }
    return creator;
  }

  private Duration backoff(int failures) {
    Duration wait = settings.firstBackoff().multipliedBy(1L << Math.min(failures - 1, 20));
    return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
  }
}
