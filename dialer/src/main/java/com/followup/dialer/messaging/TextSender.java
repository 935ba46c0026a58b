package com.followup.dialer.messaging;

import com.followup.campaign.dealer.Dealer;
import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.dispatch.CallToPlace;
import com.followup.campaign.dispatch.DialQueue;
import com.followup.campaign.sms.SmsSegments;
import com.followup.campaign.sms.SmsTemplate;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.StepChannel;
import com.followup.campaign.timeline.TimelineStep;
import com.followup.dialer.telephony.TelephonyMode;
import com.followup.dialer.telephony.twilio.DialRate;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender loop's step: for each campaign with texts in the dial queue, takes a batch (each
 * passed the compliance gate: calling hours in the customer's zone, holidays, do-not-call, consent,
 * SMS opt-outs), renders the step's text in the customer's language, writes its {@code
 * text_message} row and only then sends it, no faster than {@code followup.sms.messages-per-second}
 * over all campaigns. The caller (a cluster-leased loop) runs it on one instance at a time.
 */
@Singleton
public class TextSender {

  private static final Logger LOG = LoggerFactory.getLogger(TextSender.class);

  private final DialQueue queue;
  private final CampaignTimelines timelines;
  private final DealerDirectory dealers;
  private final TextMessages texts;
  private final TextStatuses statuses;
  private final Messaging messaging;
  private final SmsSettings settings;
  private final TelephonyMode mode;
  private final DialRate rate;
  private final Clock clock;

  TextSender(
      DialQueue queue,
      CampaignTimelines timelines,
      DealerDirectory dealers,
      TextMessages texts,
      TextStatuses statuses,
      Messaging messaging,
      SmsSettings settings,
      @Value("${followup.telephony.mode:simulator}") String mode,
      Clock clock) {
    this.queue = queue;
    this.timelines = timelines;
    this.dealers = dealers;
    this.texts = texts;
    this.statuses = statuses;
    this.messaging = messaging;
    this.settings = settings;
    this.mode = TelephonyMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT));
    this.rate = new DialRate(clock, settings.messagesPerSecond(), DialRate.Sleeper.THREAD);
    this.clock = clock;
  }

  /** Sends what is queued now; returns the texts sent. */
  public int tick() {
    int sent = 0;
    for (String campaign : queue.waitingByCampaign(StepChannel.SMS).keySet()) {
      for (CallToPlace step : queue.take(campaign, StepChannel.SMS, settings.batch())) {
        try {
          sent += send(step) ? 1 : 0;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return sent;
        } catch (RuntimeException e) {
          // the follow-up stays DIALING until its lease ends, then it is retried
          LOG.error("text for follow-up {} failed", step.followUpId(), e);
        }
      }
    }
    return sent;
  }

  /** Whether texts wait to be sent. */
  public boolean anythingQueued() {
    return !queue.waitingByCampaign(StepChannel.SMS).isEmpty();
  }

  private boolean send(CallToPlace step) throws InterruptedException {
    Optional<String> template = template(step);
    Instant now = clock.instant();
    if (template.isEmpty()) {
      // the step's version has no text in any language: nothing can be sent
      TextMessages.Opened none =
          texts.open(
              step.followUpId(),
              step.attempt(),
              step.campaign(),
              step.phone(),
              "",
              step.language(),
              SmsSegments.GSM_7,
              0,
              mode,
              now);
      statuses.report(none.text().id(), null, TextStatus.FAILED, null, now, "the step has no text");
      return false;
    }
    String body = SmsTemplate.render(template.get(), values(step));
    SmsSegments size = SmsSegments.of(body);
    TextMessages.Opened opened =
        texts.open(
            step.followUpId(),
            step.attempt(),
            step.campaign(),
            step.phone(),
            body,
            step.language(),
            size.encoding(),
            size.segments(),
            mode,
            now);
    TextMessage text = opened.text();
    if (!opened.created() && (text.providerSid() != null || text.status() != TextStatus.QUEUED)) {
      if (text.status().isFinal()) {
        statuses.settleAgain(text);
      }
      return false; // sent before: never twice
    }
    rate.acquire();
    Messaging.Sent result = messaging.send(text, !opened.created());
    if (result.providerSid() != null) {
      statuses.accepted(text.id(), result.providerSid());
      return true;
    }
    statuses.report(text.id(), null, TextStatus.FAILED, null, clock.instant(), result.failure());
    return false;
  }

  private Optional<String> template(CallToPlace step) {
    Optional<TimelineStep> s =
        timelines
            .version(step.campaign(), step.campaignVersion())
            .map(CampaignTimeline::steps)
            .flatMap(all -> all.stream().filter(x -> x.step() == step.step()).findFirst());
    Map<String, String> message = s.map(TimelineStep::message).orElse(Map.of());
    if (message == null || message.isEmpty()) {
      return Optional.empty();
    }
    String wanted = message.get(step.language());
    if (wanted != null) {
      return Optional.of(wanted);
    }
    return Optional.ofNullable(message.getOrDefault("en", message.values().iterator().next()));
  }

  private Map<String, String> values(CallToPlace step) {
    Map<String, String> values = new HashMap<>();
    values.put("customerName", step.customerName());
    values.put("product", step.product());
    values.put("serialNumber", step.serialNumber());
    values.put(
        "dealer", dealers.find(step.dealerCode()).map(Dealer::name).orElse(step.dealerCode()));
    values.put("hotline", settings.hotlineOrEmpty());
    values.put(
        "eventDate", step.eventTime().atZone(zone(step.timezone())).toLocalDate().toString());
    return values;
  }

  private static ZoneId zone(String timezone) {
    try {
      return timezone == null ? ZoneOffset.UTC : ZoneId.of(timezone);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
