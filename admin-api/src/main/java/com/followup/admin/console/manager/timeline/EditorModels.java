package com.followup.admin.console.manager.timeline;

import com.followup.admin.console.ConsoleLocales;
import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.dispatch.DispatchSettings;
import com.followup.campaign.sms.SmsTemplate;
import com.followup.campaign.timeline.CallingRules;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.StepChannel;
import com.followup.dialer.dialing.CampaignDialingSettings;
import com.followup.dialer.dialing.DialerSettings;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the editor's page and its fragments show, from a draft as the form holds it. */
@Singleton
class EditorModels {

  static final String DRY_FROM = "dryRun-from";
  static final String DRY_TO = "dryRun-to";
  static final String DRY_DEALER = "dryRun-dealer";
  static final String CALENDAR = "calendarMonth";

  private final CampaignTimelines timelines;
  private final CampaignDialingSettings dialing;
  private final DialerSettings dialerSettings;
  private final DispatchSettings dispatchSettings;
  private final DealerDirectory dealers;
  private final ProblemTexts texts;
  private final ConsoleLocales locales;
  private final Clock clock;

  EditorModels(
      CampaignTimelines timelines,
      CampaignDialingSettings dialing,
      DialerSettings dialerSettings,
      DispatchSettings dispatchSettings,
      DealerDirectory dealers,
      ProblemTexts texts,
      ConsoleLocales locales,
      Clock clock) {
    this.timelines = timelines;
    this.dialing = dialing;
    this.dialerSettings = dialerSettings;
    this.dispatchSettings = dispatchSettings;
    this.dealers = dealers;
    this.texts = texts;
    this.locales = locales;
    this.clock = clock;
  }

  /** The whole page for the current version, or for a draft sent back with its problems. */
  Map<String, Object> page(
      HttpRequest<?> request,
      CampaignTimeline current,
      TimelineDraft draft,
      Map<String, String> form) {
    Map<String, Object> model = fragments(request, current, draft, form);
    model.put("history", timelines.history(current.code()));
    model.put("dealers", dealers.all());
    model.put("outcomes", CallingRules.RETRY_OUTCOMES);
    model.put("defaultRetryMinutes", dispatchSettings.defaultRetry().toMinutes());
    model.put("dialing", DialingForm.values(dialing.of(current.code())));
    model.put("dialingErrors", Map.of());
    model.put("globalWrapUp", dialerSettings.wrapUp().toSeconds());
    return model;
  }

  /** The parts refreshed as fields change: drawing, calendar, messages by field. */
  Map<String, Object> fragments(
      HttpRequest<?> request,
      CampaignTimeline current,
      TimelineDraft draft,
      Map<String, String> form) {
    Locale locale = locales.resolveOrDefault(request);
    Map<String, Object> model = new HashMap<>();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Map<String, String> range = new HashMap<>();
    range.put(DRY_FROM, form.getOrDefault(DRY_FROM, today.toString()));
    range.put(DRY_TO, form.getOrDefault(DRY_TO, today.plusDays(29).toString()));
    range.put(DRY_DEALER, form.getOrDefault(DRY_DEALER, ""));
    model.put("campaign", current);
    model.put("code", current.code());
    model.put("draft", draft);
    model.put("v", draft.values());
    model.put("range", range);
    model.put("baseVersion", form.getOrDefault("baseVersion", "" + current.version()));
    model.put("drawing", TimelineDrawing.of(draft));
    model.put(
        "calendar",
        HolidayCalendar.of(
            form.get(CALENDAR),
            draft.value(TimelineForm.name(TimelineForm.HOLIDAYS)),
            today,
            locale));
    model.put("fields", fieldNames(draft));
    model.put("counts", TextCounts.of(draft));
    model.put("noText", TextCounts.of(""));
    model.put("channels", StepChannel.values());
    model.put("placeholders", placeholders());
    model.put("errors", texts.byField(draft.problems(), fieldNames(draft), locale));
    return model;
  }

  /** The placeholders a text may name, as written in it: {@code {customerName}, …}. */
  static String placeholders() {
    return SmsTemplate.PLACEHOLDERS.stream()
        .sorted()
        .map(p -> "{" + p + "}")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** Every form field a message can go next to, in the order of the form. */
  static Set<String> fieldNames(TimelineDraft draft) {
    Set<String> names = new LinkedHashSet<>();
    names.add("name");
    for (TimelineDraft.StepRow row : draft.steps()) {
      for (String field : TimelineForm.STEP_FIELDS) {
        names.add(TimelineForm.name(TimelineForm.stepField(row.step(), field)));
      }
      for (String field : TimelineForm.CHANNEL_FIELDS) {
        names.add(TimelineForm.name(TimelineForm.stepField(row.step(), field)));
      }
    }
    names.add(TimelineForm.EXEMPTION);
    for (String field :
        List.of(
            TimelineForm.FROM,
            TimelineForm.UNTIL,
            TimelineForm.HOLIDAYS,
            TimelineForm.PER_DAY,
            TimelineForm.TOTAL)) {
      names.add(TimelineForm.name(field));
    }
    for (String outcome : CallingRules.RETRY_OUTCOMES) {
      names.add(TimelineForm.name(TimelineForm.RETRY + outcome));
    }
    names.addAll(SurveyForm.fieldNames());
    names.add(DRY_FROM);
    names.add(DRY_TO);
    return names;
  }
}
