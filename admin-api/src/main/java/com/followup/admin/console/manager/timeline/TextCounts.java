package com.followup.admin.console.manager.timeline;

import com.followup.campaign.sms.SmsSegments;
import com.followup.campaign.sms.SmsTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An SMS step's text counted as the dry run counts it ({@code StepSegments}): each placeholder as
 * its name without the braces, then characters, GSM-7 or UCS-2, and segments ({@link SmsSegments}).
 */
final class TextCounts {

  static final List<String> LANGUAGES = List.of("en", "zh");

  private static final Map<String, String> NAMES =
      SmsTemplate.PLACEHOLDERS.stream().collect(Collectors.toMap(n -> n, Function.identity()));

  private TextCounts() {}

  static SmsSegments of(String text) {
    return SmsSegments.of(SmsTemplate.render(text == null ? "" : text.strip(), NAMES));
  }

  /** The count of every step's text in the form, by the text's form field name. */
  static Map<String, SmsSegments> of(TimelineDraft draft) {
    Map<String, SmsSegments> counts = new LinkedHashMap<>();
    for (TimelineDraft.StepRow row : draft.steps()) {
      for (String language : LANGUAGES) {
        String field = field(row.step(), language);
        counts.put(field, of(draft.value(field)));
      }
    }
    return counts;
  }

  static String field(int step, String language) {
    return TimelineForm.name(TimelineForm.stepField(step, "message." + language));
  }
}
