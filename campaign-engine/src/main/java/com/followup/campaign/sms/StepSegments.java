package com.followup.campaign.sms;

import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.StepChannel;
import com.followup.campaign.timeline.TimelineStep;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The size of one SMS step's text in one language, counted before it is sent: each placeholder
 * counts as its name without the braces ({@code {product}} as {@code product}), so a long name or
 * product can add a segment when it is sent; each sent text records its own count.
 */
@Serdeable
public record StepSegments(
    int step, String language, int characters, int units, String encoding, int segments) {

  private static final Map<String, String> NAMES =
      SmsTemplate.PLACEHOLDERS.stream()
          .collect(java.util.stream.Collectors.toMap(name -> name, name -> name));

  /** Every SMS step's texts, by step and language. */
  public static List<StepSegments> of(CampaignTimeline timeline) {
    List<StepSegments> all = new ArrayList<>();
    for (TimelineStep step : timeline.steps()) {
      if (step.channel() != StepChannel.SMS || step.message() == null) {
        continue;
      }
      for (Map.Entry<String, String> text : new TreeMap<>(step.message()).entrySet()) {
        SmsSegments s = SmsSegments.of(SmsTemplate.render(text.getValue(), NAMES));
        all.add(
            new StepSegments(
                step.step(), text.getKey(), s.characters(), s.units(), s.encoding(), s.segments()));
      }
    }
    return all;
  }
}
