package com.followup.campaign.sms;

import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.StepChannel;
import com.followup.campaign.timeline.TimelineProblem;
import com.followup.campaign.timeline.TimelineStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SMS step's text with the record's values: {@code {customerName}}, {@code {product}}, {@code
 * {serialNumber}}, {@code {dealer}} (the dealer's name), {@code {eventDate}} (the record's event
 * date in the customer's zone, {@code yyyy-MM-dd}) and {@code {hotline}} (the centre's number,
 * {@code followup.sms.hotline}). Any other {@code {word}} is refused when the campaign is saved or
 * dry-run, so a text never goes out with a raw placeholder in it.
 */
public final class SmsTemplate {

  public static final Set<String> PLACEHOLDERS =
      Set.of("customerName", "product", "serialNumber", "dealer", "hotline", "eventDate");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");

  private SmsTemplate() {}

  /** The unknown placeholders of every SMS step's texts. */
  public static List<TimelineProblem> problems(CampaignTimeline draft) {
    List<TimelineProblem> problems = new ArrayList<>();
    if (draft.steps() == null) {
      return problems;
    }
    for (TimelineStep step : draft.steps()) {
      if (step.channel() != StepChannel.SMS || step.message() == null) {
        continue;
      }
      for (Map.Entry<String, String> text : new TreeMap<>(step.message()).entrySet()) {
        Matcher m = PLACEHOLDER.matcher(text.getValue());
        while (m.find()) {
          String name = m.group(1);
          if (!PLACEHOLDERS.contains(name)) {
            problems.add(
                new TimelineProblem(
                    "steps." + step.step() + ".message." + text.getKey(),
                    "messagePlaceholder",
                    List.of(String.valueOf(step.step()), text.getKey(), name),
                    "step "
                        + step.step()
                        + ": the "
                        + text.getKey()
                        + " text names an unknown placeholder {"
                        + name
                        + "}; known: "
                        + String.join(", ", new java.util.TreeSet<>(PLACEHOLDERS))));
          }
        }
      }
    }
    return problems;
  }

  /**
   * The text with each known placeholder replaced by its value (a missing value leaves nothing); an
   * unknown one stays as written.
   */
  public static String render(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = PLACEHOLDERS.contains(name) ? values.getOrDefault(name, "") : m.group(0);
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
