package com.followup.admin.console.manager.timeline;

import com.followup.admin.console.ConsolePages;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.dialer.dialing.CampaignDialingSettings;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The campaigns a manager configures, each with its current version and how it is dialed. */
@Controller("/manager/campaigns")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("MANAGER")
class CampaignListPage {

  private final ConsolePages pages;
  private final CampaignTimelines timelines;
  private final CampaignDialingSettings dialing;

  CampaignListPage(
      ConsolePages pages, CampaignTimelines timelines, CampaignDialingSettings dialing) {
    this.pages = pages;
    this.timelines = timelines;
    this.dialing = dialing;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> list(HttpRequest<?> request) {
    List<CampaignTimeline> campaigns = timelines.current();
    Map<String, String> modes = new LinkedHashMap<>();
    for (CampaignTimeline c : campaigns) {
      modes.put(c.code(), dialing.of(c.code()).mode().name());
    }
    return pages.render(
        request, "manager/timeline/list", Map.of("campaigns", campaigns, "modes", modes));
  }
}
