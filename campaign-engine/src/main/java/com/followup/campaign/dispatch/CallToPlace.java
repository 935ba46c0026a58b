package com.followup.campaign.dispatch;

import com.followup.campaign.timeline.StepChannel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A follow-up the dialer may call now: it passed the compliance gate and holds the contact's one
 * dial path until its outcome is recorded. Carries what the agent needs on the call.
 *
 * @param attempt this attempt's number within the step (1 for the first)
 * @param nextStep the step after this one, if the campaign has one
 * @param channel how the step reaches the customer: an agent's call, a survey call or a text
 * @param language the language a survey or a text speaks to this customer: {@code zh} for
 *     Chinese-speaking regions' numbers, else {@code en}
 */
@Serdeable
public record CallToPlace(
    long followUpId,
    String dealerCode,
    String recordId,
    String recordType,
    String campaign,
    int campaignVersion,
    int step,
    String phone,
    String timezone,
    String customerName,
    @Nullable String product,
    @Nullable String serialNumber,
    @Nullable String parts,
    Instant eventTime,
    Instant deadline,
    int attempt,
    @Nullable NextStep nextStep,
    StepChannel channel,
    String language) {

  private static final java.util.List<String> CHINESE_SPEAKING =
      java.util.List.of("+86", "+852", "+853", "+886");

  /** The language an automated call or text uses for {@code phone} (E.164). */
  public static String languageOf(String phone) {
    return CHINESE_SPEAKING.stream().anyMatch(phone::startsWith) ? "zh" : "en";
  }
}
