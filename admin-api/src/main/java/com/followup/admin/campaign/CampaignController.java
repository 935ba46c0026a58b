package com.followup.admin.campaign;

import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

/** Campaign timelines: read by everyone who works follow-ups, changed by managers. */
@Controller("/api/campaigns")
@ExecuteOn(TaskExecutors.BLOCKING)
class CampaignController {

  private final CampaignTimelines timelines;

  CampaignController(CampaignTimelines timelines) {
    this.timelines = timelines;
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
}
