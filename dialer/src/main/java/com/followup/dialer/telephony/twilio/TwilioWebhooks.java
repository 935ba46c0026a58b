package com.followup.dialer.telephony.twilio;

import com.followup.dialer.recording.Recordings;
import com.followup.dialer.telephony.AnsweredBy;
import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempt;
import com.followup.dialer.telephony.CallEvent;
import com.followup.dialer.telephony.CallProgress;
import com.followup.dialer.telephony.Conversations;
import com.followup.dialer.telephony.MachineBehaviour;
import com.followup.dialer.telephony.Turn;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Twilio's webhooks do, for requests whose signature was checked ({@link WebhookSignatures}).
 * Each request names our attempt in its {@code attempt} query parameter. Every report goes through
 * {@link CallProgress}, so a replayed or late callback changes nothing. A call Twilio reports that
 * is not the call of its attempt (a second call after an ambiguous creation) is hung up at once.
 */
@Singleton
@Requires(property = "followup.telephony.mode", value = "twilio")
public class TwilioWebhooks {

  private static final Logger LOG = LoggerFactory.getLogger(TwilioWebhooks.class);

  private final CallProgress progress;
  private final CallControl control;
  private final TwilioSettings settings;
  private final Recordings recordings;
  private final BeanProvider<Conversations> conversations; // lazily: it uses this port
  private final Clock clock;

  TwilioWebhooks(
      CallProgress progress,
      CallControl control,
      TwilioSettings settings,
      Recordings recordings,
      BeanProvider<Conversations> conversations,
      Clock clock) {
    this.progress = progress;
    this.conversations = conversations;
    this.recordings = recordings;
    this.control = control;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * {@code POST /twilio/voice}: the TwiML an answered call starts with: a survey's greeting and
   * first question, else a hold until an agent is bridged.
   */
  public String voice(String attempt, Map<String, String> form) {
    return ours(attempt, form, true)
        .filter(a -> !a.hasEnded())
        .map(
            a ->
                conversations
                    .get()
                    .opening(a.id())
                    .map(turn -> twiml(a, turn))
                    .orElseGet(() -> Twiml.hold(settings.holdSeconds(), a.call().abandonMessage())))
        .orElseGet(Twiml::hangUp);
  }

  /**
   * {@code POST /twilio/gather}: the customer's answer to a survey question ({@code Digits} or
   * {@code SpeechResult}; neither after the timeout); the TwiML of what the call does next.
   */
  public String gather(
      String attempt, String question, boolean repeated, Map<String, String> form) {
    if (question == null || question.isBlank()) {
      return Twiml.hangUp();
    }
    return ours(attempt, form, true)
        .filter(a -> !a.hasEnded())
        .map(
            a ->
                twiml(
                    a,
                    conversations
                        .get()
                        .heard(
                            a.id(),
                            question,
                            repeated,
                            blankToNull(form.get("Digits")),
                            blankToNull(form.get("SpeechResult")))))
        .orElseGet(Twiml::hangUp);
  }

  private String twiml(CallAttempt a, Turn turn) {
    if (turn instanceof Turn.Ask ask) {
      return Twiml.gather(ask, gatherUrl(a.id(), ask));
    }
    if (turn instanceof Turn.Finish finish) {
      return Twiml.sayThenHangUp(finish.text(), finish.language());
    }
    return Twiml.hold(settings.holdSeconds(), ((Turn.ToAgent) turn).abandonMessage());
  }

  private java.net.URI gatherUrl(AttemptId id, Turn.Ask ask) {
    String url =
        settings.webhook("gather", id.value())
            + "&question="
            + ask.question()
            + (ask.repeated() ? "&repeat=1" : "");
    return java.net.URI.create(url);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** {@code POST /twilio/status}: a call status callback. */
  public void status(String attempt, Map<String, String> form) {
    String status = form.getOrDefault("CallStatus", "");
    boolean live = status.equals("in-progress") || status.equals("ringing");
    ours(attempt, form, live).ifPresent(a -> onStatus(a, status, form));
  }

  /** {@code POST /twilio/amd}: the asynchronous answering-machine detection result. */
  public void amd(String attempt, Map<String, String> form) {
    ours(attempt, form, true).ifPresent(a -> onDetection(a, form));
  }

  /**
   * {@code POST /twilio/recording}: a call's recording is ready. Its metadata is kept once (a
   * replayed callback changes nothing); the audio stays at Twilio.
   */
  public void recording(String attempt, Map<String, String> form) {
    if (!"completed".equals(form.get("RecordingStatus"))) {
      LOG.warn(
          "recording of attempt {} reported {}: none kept", attempt, form.get("RecordingStatus"));
      return;
    }
    String sid = form.get("RecordingSid");
    if (sid == null || sid.isBlank()) {
      LOG.warn("recording callback for attempt {} without a RecordingSid", attempt);
      return;
    }
    ours(attempt, form, false)
        .ifPresent(
            a ->
                recordings.keepProvider(
                    a.id().value(),
                    sid,
                    TwilioRecordings.mediaType(),
                    number(form, "RecordingDuration", 0),
                    number(form, "RecordingChannels", 1)));
  }

  private static int number(Map<String, String> form, String name, int otherwise) {
    try {
      return Integer.parseInt(form.getOrDefault(name, String.valueOf(otherwise)).trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private void onStatus(CallAttempt a, String status, Map<String, String> form) {
    AttemptId id = a.id();
    String sid = form.get("CallSid");
    Instant at = timestamp(form);
    switch (status) {
      case "ringing" -> progress.report(CallEvent.ringing(id, sid, at));
      case "completed" -> progress.report(CallEvent.completed(id, sid, at, duration(form)));
      case "busy" -> progress.report(CallEvent.busy(id, sid, at));
      case "no-answer", "canceled" -> progress.report(CallEvent.noAnswer(id, sid, at));
      case "failed" -> progress.report(CallEvent.failed(id, sid, at, "Twilio: call failed"));
      default -> {
        if (a.providerCallId() == null) {
          progress.placed(id, sid); // initiated or answered before our create call returned
        }
      }
    }
  }

  private void onDetection(CallAttempt a, Map<String, String> form) {
    String sid = form.get("CallSid");
    AnsweredBy by = answeredBy(form.getOrDefault("AnsweredBy", "unknown"));
    if (!progress.report(CallEvent.answered(a.id(), sid, clock.instant(), by))
        || by != AnsweredBy.MACHINE) {
      return;
    }
    if (a.call().machineBehaviour() == MachineBehaviour.LEAVE_MESSAGE) {
      control.play(sid, Twiml.sayThenHangUp(a.call().machineMessage()));
    } else {
      control.end(sid, true);
    }
  }

  /** The attempt, if the request is about its call; a stray call is hung up. */
  private Optional<CallAttempt> ours(String attempt, Map<String, String> form, boolean live) {
    String sid = form.get("CallSid");
    Optional<CallAttempt> found;
    try {
      found = progress.find(AttemptId.parse(attempt));
    } catch (IllegalArgumentException e) {
      found = Optional.empty();
    }
    if (found.isEmpty() || sid == null) {
      LOG.warn("Twilio callback for unknown attempt {} (call {})", attempt, sid);
      return Optional.empty();
    }
    CallAttempt a = found.get();
    boolean otherCall = a.providerCallId() != null && !a.providerCallId().equals(sid);
    boolean afterFailure = a.providerCallId() == null && a.hasEnded();
    if (otherCall || afterFailure) {
      LOG.warn("call {} is not the call of attempt {}: hanging it up", sid, a.id());
      if (live) {
        control.end(sid, true);
      }
      return Optional.empty();
    }
    return found;
  }

  private static AnsweredBy answeredBy(String amd) {
    if (amd.equals("human")) {
      return AnsweredBy.PERSON;
    }
    return amd.startsWith("machine") || amd.equals("fax") ? AnsweredBy.MACHINE : AnsweredBy.UNKNOWN;
  }

  private static Duration duration(Map<String, String> form) {
    try {
      return Duration.ofSeconds(Long.parseLong(form.getOrDefault("CallDuration", "0")));
    } catch (NumberFormatException e) {
      return Duration.ZERO;
    }
  }

  private Instant timestamp(Map<String, String> form) {
    String text = form.get("Timestamp");
    try {
      return text == null
          ? clock.instant()
          : ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return clock.instant();
    }
  }
}
