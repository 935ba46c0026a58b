package com.followup.dialer.messaging;

import com.followup.campaign.dispatch.DoNotCallList;
import com.followup.campaign.dnc.OptOuts;
import com.followup.campaign.timeline.StepChannel;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A customer's reply to a text: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, 退订 or TD opt the
 * number out of texts (the next SMS step is cancelled by the compliance gate); START, YES or UNSTOP
 * opt it back in. Anything else is kept in the log only.
 */
@Singleton
public class InboundTexts {

  static final Set<String> STOP =
      Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "退订", "TD");
  static final Set<String> START = Set.of("START", "YES", "UNSTOP");

  private static final Logger LOG = LoggerFactory.getLogger(InboundTexts.class);

  /** What a reply did. */
  public enum Action {
    OPTED_OUT,
    OPTED_IN,
    NONE
  }

  /**
   * @param action what the reply did
   * @param answer the text to answer with, or null for none (Twilio answers STOP and START itself
   *     on its standard keywords)
   */
  public record Reply(Action action, @Nullable String answer) {}

  private final OptOuts optOuts;

  InboundTexts(OptOuts optOuts) {
    this.optOuts = optOuts;
  }

  /** Applies a reply from {@code from} whose text is {@code body}. */
  public Reply received(@Nullable String from, @Nullable String body) {
    String phone = from == null ? null : DoNotCallList.normalize(from, null);
    String word = keyword(body);
    if (phone == null) {
      LOG.warn("reply from an unusable number {}: ignored", from);
      return new Reply(Action.NONE, null);
    }
    if (STOP.contains(word)) {
      optOuts.optOut(phone, StepChannel.SMS, "SMS_REPLY", "replied " + word);
      boolean chinese = word.equals("退订") || word.equals("TD");
      return new Reply(Action.OPTED_OUT, chinese ? "您已退订短信通知。回复 START 可重新订阅。" : null);
    }
    if (START.contains(word)) {
      optOuts.optIn(phone, StepChannel.SMS);
      return new Reply(Action.OPTED_IN, null);
    }
    LOG.info("reply from {} kept in the log only", phone);
    return new Reply(Action.NONE, null);
  }

  static String keyword(@Nullable String body) {
    if (body == null) {
      return "";
    }
    String t = body.strip();
    // "Stop." or "STOP!" count; a sentence that merely contains the word does not
    t = t.replaceAll("[\\p{Punct}。！，]+$", "");
    return t.toUpperCase(Locale.ROOT);
  }
}
