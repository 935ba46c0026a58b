package com.followup.dialer.messaging;

import com.followup.campaign.dispatch.CallOutcome;
import com.followup.campaign.dispatch.CallOutcomes;
import com.followup.campaign.dispatch.FollowUpNotDialing;
import com.followup.campaign.dnc.OptOuts;
import com.followup.campaign.timeline.StepChannel;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies what the provider reports about a text: its status moves only forward (a replayed or late
 * report changes nothing), and the first final status settles the step through {@link
 * CallOutcomes}: a delivered text completes it; an undelivered or failed one counts as an attempt
 * (UNDELIVERED, retried like an unanswered call). Twilio's error 21610 (the recipient replied STOP
 * to this sender before) also opts the number out of texts, so the compliance gate cancels the step
 * when it comes round again.
 */
@Singleton
public class TextStatuses {

  /** Twilio: attempt to send to unsubscribed recipient. */
  public static final String UNSUBSCRIBED = "21610";

  private static final Logger LOG = LoggerFactory.getLogger(TextStatuses.class);

  private final TextMessages texts;
  private final CallOutcomes outcomes;
  private final OptOuts optOuts;

  TextStatuses(TextMessages texts, CallOutcomes outcomes, OptOuts optOuts) {
    this.texts = texts;
    this.outcomes = outcomes;
    this.optOuts = optOuts;
  }

  /** The provider accepted the text: its sid is kept (the status stays QUEUED until sent). */
  public void accepted(long textId, String sid) {
    texts.change(
        textId, t -> t.providerSid() == null ? Optional.of(t.withSid(sid)) : Optional.empty());
  }

  /**
   * A status report for our text {@code textId}.
   *
   * @param sid the provider's id the report is about; a report about another message than the
   *     text's (a stray duplicate) is ignored
   * @return the text as changed, empty when the report changed nothing
   */
  public Optional<TextMessage> report(
      long textId,
      @Nullable String sid,
      TextStatus status,
      @Nullable String errorCode,
      Instant at,
      @Nullable String reason) {
    Optional<TextMessage> changed =
        texts.change(
            textId,
            t -> {
              if (sid != null && t.providerSid() != null && !t.providerSid().equals(sid)) {
                LOG.warn("message {} is not the message of text {}: ignored", sid, textId);
                return Optional.empty();
              }
              TextMessage known = t.providerSid() == null && sid != null ? t.withSid(sid) : t;
              if (!t.status().canMoveTo(status)) {
                return known == t ? Optional.empty() : Optional.of(known);
              }
              return Optional.of(known.moved(status, errorCode, at, reason));
            });
    changed
        .filter(t -> t.status() == status && status.isFinal())
        .ifPresent(t -> settle(t, status, errorCode));
    return changed.filter(t -> t.status() == status);
  }

  /** A text that reached its final status before: its step is settled now if it was not. */
  void settleAgain(TextMessage t) {
    settle(t, t.status(), t.errorCode());
  }

  private void settle(TextMessage t, TextStatus status, @Nullable String errorCode) {
    if (UNSUBSCRIBED.equals(errorCode)) {
      optOuts.optOut(
          t.phone(), StepChannel.SMS, "CARRIER", "Twilio error 21610: unsubscribed recipient");
    }
    CallOutcome outcome =
        status == TextStatus.DELIVERED ? CallOutcome.COMPLETED : CallOutcome.UNDELIVERED;
    try {
      outcomes.record(t.followUpId(), outcome, null);
    } catch (FollowUpNotDialing e) {
      LOG.info("text {}: follow-up {} was settled already", t.id(), t.followUpId());
    }
  }
}
