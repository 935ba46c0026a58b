package com.followup.admin.console.manager.timeline;

import com.followup.admin.console.ConsoleLocales;
import com.followup.admin.console.ConsolePages;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.dialer.dialing.CampaignDialing;
import com.followup.dialer.dialing.CampaignDialingSettings;
import com.followup.dialer.dialing.DialerSettings;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The campaign's dialing settings form on its page, stored with {@link CampaignDialingSettings} as
 * {@code PUT /api/campaigns/{code}/dialing} stores them.
 */
@Controller("/manager/campaigns/{code}/dialing")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("MANAGER")
class DialingSettingsPage {

  private final ConsolePages pages;
  private final CampaignTimelines timelines;
  private final CampaignDialingSettings settings;
  private final DialerSettings dialer;
  private final ProblemTexts texts;
  private final ConsoleLocales locales;

  DialingSettingsPage(
      ConsolePages pages,
      CampaignTimelines timelines,
      CampaignDialingSettings settings,
      DialerSettings dialer,
      ProblemTexts texts,
      ConsoleLocales locales) {
    this.pages = pages;
    this.timelines = timelines;
    this.settings = settings;
    this.dialer = dialer;
    this.texts = texts;
    this.locales = locales;
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
  MutableHttpResponse<?> save(
      HttpRequest<?> request, String code, @Body Map<String, String> form, Authentication who) {
    timelines.current(code).orElseThrow(() -> new UnknownCampaign(code));
    DialingForm.Read read = DialingForm.read(code, form);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("code", code);
    model.put("globalWrapUp", dialer.wrapUp().toSeconds());
    if (read.dialing() == null) {
      model.put("dialing", read.values());
      model.put("dialingErrors", localized(read.errors(), locales.resolveOrDefault(request)));
      return pages.render(
          request,
          HttpStatus.UNPROCESSABLE_ENTITY,
          TimelineEditorPage.VIEW + " :: dialingForm",
          model);
    }
    CampaignDialing saved = settings.save(read.dialing(), who.getName());
    model.put("dialing", DialingForm.values(saved));
    model.put("dialingErrors", Map.of());
    model.put("dialingSaved", true);
    return pages.render(request, TimelineEditorPage.VIEW + " :: dialingForm", model);
  }

  private Map<String, String> localized(Map<String, String> errors, Locale locale) {
    Map<String, String> texts = new LinkedHashMap<>();
    errors.forEach(
        (field, error) ->
            texts.put(
                field,
                error.startsWith("#") ? this.texts.text(error.substring(1), locale) : error));
    return texts;
  }
}
