package com.followup.admin.campaign;

import com.followup.campaign.dispatch.DryRunResult;
import com.followup.campaign.dispatch.TimelineDryRun;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Campaign timelines: read by everyone who works follow-ups, changed by managers. */
@Controller("/api/campaigns")
@ExecuteOn(TaskExecutors.BLOCKING)
class CampaignController {

  /**
   * A dry run: the draft (or the current timeline when absent) over records whose step windows open
   * from {@code from} to {@code to}, optionally for one dealer; at most {@code limit} items listed.
   */
  @Serdeable
  record DryRunRequest(
      @Nullable CampaignTimeline timeline,
      LocalDate from,
      LocalDate to,
      @Nullable String dealer,
      @Nullable Integer limit) {}

  private final CampaignTimelines timelines;
  private final TimelineDryRun dryRun;

  CampaignController(CampaignTimelines timelines, TimelineDryRun dryRun) {
    this.timelines = timelines;
    this.dryRun = dryRun;
  }

  @Get
  @Secured(SecurityRule.IS_AUTHENTICATED)
  List<CampaignTimeline> list() {
    return timelines.current();
  }

  @Get("/{code}")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<CampaignTimeline> current(String code) {
    return timelines.current(code).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
  }

  @Get("/{code}/versions/{version}")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<CampaignTimeline> version(String code, int version) {
    return timelines.version(code, version).map(HttpResponse::ok).orElseGet(HttpResponse::notFound);
  }

  /**
   * Stores the timeline as the campaign's next version: records that arrive afterwards use it,
   * follow-ups planned earlier keep theirs. {@code version}, {@code createdAt} and {@code
   * createdBy} in the body are ignored.
   */
  @Put("/{code}")
  @Secured({"MANAGER", "ADMIN"})
  CampaignTimeline revise(String code, @Body CampaignTimeline draft, Authentication caller) {
    if (!code.equals(draft.code())) {
      throw new IllegalArgumentException(
          "the body's code '" + draft.code() + "' differs from the path's '" + code + "'");
    }
    return timelines.revise(draft, caller.getName());
  }

  /** What a timeline draft would do, before it is saved: nothing is written. */
  @Post("/{code}/dry-run")
  @Secured({"MANAGER", "ADMIN"})
  DryRunResult dryRun(String code, @Body DryRunRequest request) {
    CampaignTimeline draft =
        request.timeline() != null
            ? request.timeline()
            : timelines
                .current(code)
                .orElseThrow(() -> new IllegalArgumentException("no campaign '" + code + "'"));
    if (!code.equals(draft.code())) {
      throw new IllegalArgumentException(
          "the draft's code '" + draft.code() + "' differs from the path's '" + code + "'");
    }
    int limit = request.limit() == null ? 200 : request.limit();
    if (limit < 0 || limit > 5000) {
      throw new IllegalArgumentException("limit must be 0 to 5000");
    }
    return dryRun.run(draft, request.from(), request.to(), request.dealer(), limit);
  }
}
