package com.followup.admin.console.manager.timeline;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.campaign.dispatch.DryRunResult;
import com.followup.campaign.dispatch.TimelineDryRun;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.InvalidTimeline;
import com.followup.campaign.timeline.TimelineConflict;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The manager's timeline editor: the campaign's steps on a time line, redrawn as fields change; the
 * dry run of the draft over the stored records ({@link TimelineDryRun}, as {@code POST
 * /api/campaigns/{code}/dry-run}); saving the draft that was dry-run as the next version ({@link
 * CampaignTimelines#revise}, as {@code PUT /api/campaigns/{code}}).
 */
@Controller("/manager/campaigns/{code}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("MANAGER")
class TimelineEditorPage {

  static final String VIEW = "manager/timeline/editor";
  private static final int SAMPLE_LIMIT = 200;
  private static final Pattern TEXT_FIELD = Pattern.compile("steps-\\d{1,2}-message-(en|zh)");

  private final ConsolePages pages;
  private final CampaignTimelines timelines;
  private final TimelineDryRun dryRun;
  private final EditorModels models;

  TimelineEditorPage(
      ConsolePages pages, CampaignTimelines timelines, TimelineDryRun dryRun, EditorModels models) {
    this.pages = pages;
    this.timelines = timelines;
    this.dryRun = dryRun;
    this.models = models;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> editor(HttpRequest<?> request, String code) {
    CampaignTimeline current = current(code);
    Map<String, String> values = TimelineForm.values(current);
    TimelineDraft draft = TimelineForm.read(current, values);
    return pages.render(request, VIEW, models.page(request, current, draft, Map.of()));
  }

  /** The drawing, calendar and field messages for the form as it stands; nothing is run. */
  @Post(uri = "/draft", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  MutableHttpResponse<?> draft(
      HttpRequest<?> request, String code, @Body Map<String, String> form) {
    CampaignTimeline current = current(code);
    TimelineDraft draft = TimelineForm.read(current, form);
    return pages.render(
        request, VIEW + " :: preview", models.fragments(request, current, draft, form));
  }

  /** The dry run of a valid draft; an invalid one gets its messages and no run. */
  @Post(uri = "/dry-run", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  MutableHttpResponse<?> dryRun(
      HttpRequest<?> request, String code, @Body Map<String, String> form) {
    CampaignTimeline current = current(code);
    TimelineDraft draft = TimelineForm.read(current, form);
    Map<String, Object> model = models.fragments(request, current, draft, form);
    if (!draft.valid()) {
      model.put("refusal", "mc.dryRun.fixFields");
      return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, VIEW + " :: ran", model);
    }
    try {
      DryRunResult result =
          dryRun.run(
              draft.timeline(),
              date(form.get(EditorModels.DRY_FROM)),
              date(form.get(EditorModels.DRY_TO)),
              blankToNull(form.get(EditorModels.DRY_DEALER)),
              SAMPLE_LIMIT);
      model.put("run", DryRunView.of(result, draft.timeline()));
      return pages.render(request, VIEW + " :: ran", model);
    } catch (InvalidTimeline invalid) {
      model.put("refusal", "mc.dryRun.fixFields");
      return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, VIEW + " :: ran", model);
    } catch (IllegalArgumentException refused) {
      model.put("refusalText", refused.getMessage());
      return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, VIEW + " :: ran", model);
    }
  }

  /**
   * Saves the draft as the next version, if it is the one dry-run and nobody saved another version
   * since the page was opened; then shows the new version beside the one before it.
   */
  @Post(uri = "/versions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  MutableHttpResponse<?> save(
      HttpRequest<?> request, String code, @Body Map<String, String> form, Authentication manager) {
    CampaignTimeline current = current(code);
    TimelineDraft draft = TimelineForm.read(current, form);
    Map<String, Object> model = models.fragments(request, current, draft, form);
    String refusal = null;
    HttpStatus status = HttpStatus.CONFLICT;
    if (!draft.valid()) {
      refusal = "mc.dryRun.fixFields";
      status = HttpStatus.UNPROCESSABLE_ENTITY;
    } else if (!TimelineFields.fingerprint(draft.timeline()).equals(form.get("reviewed"))) {
      refusal = "mc.save.notReviewed";
    } else if (!String.valueOf(current.version()).equals(form.get("baseVersion"))) {
      refusal = "mc.save.changedMeanwhile";
      model.put("refusalArgs", new Object[] {current.version(), current.createdBy()});
    }
    if (refusal == null) {
      try {
        CampaignTimeline saved = timelines.revise(draft.timeline(), manager.getName());
        return ConsoleRedirects.to(
            request,
            "/manager/campaigns/"
                + code
                + "/versions?left="
                + current.version()
                + "&right="
                + saved.version()
                + "&saved=1");
      } catch (TimelineConflict raced) {
        refusal = "mc.save.changedMeanwhile";
        model.put("refusalArgs", new Object[] {"?", "?"});
      }
    }
    model.put("refusal", refusal);
    return pages.render(request, status, VIEW + " :: ran", model);
  }

  /**
   * The count of one SMS text as typed: characters, GSM-7 or UCS-2, segments. The text is the
   * form's field named by htmx's {@code HX-Trigger-Name} (or {@code ?field=}).
   */
  @Post(uri = "/text-count", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  MutableHttpResponse<?> textCount(
      HttpRequest<?> request,
      String code,
      @Body Map<String, String> form,
      @QueryValue @Nullable String field) {
    current(code);
    String name = field != null ? field : request.getHeaders().get("HX-Trigger-Name");
    if (name == null || !TEXT_FIELD.matcher(name).matches()) {
      return HttpResponse.badRequest("field must name a step's text, like steps-2-message-en");
    }
    String text = form.getOrDefault(name, "").replace("\r\n", "\n");
    return pages.render(
        request, VIEW + " :: countAnswer", Map.of("field", name, "count", TextCounts.of(text)));
  }

  private CampaignTimeline current(String code) {
    return timelines.current(code).orElseThrow(() -> new UnknownCampaign(code));
  }

  private static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date like 2026-12-01: " + value);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
