package com.followup.admin.console.manager.timeline;

import com.followup.admin.console.ConsolePages;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import java.util.Map;

/**
 * A campaign's versions, newest first, and any two of them side by side field by field (by default
 * the current one and the one before it).
 */
@Controller("/manager/campaigns/{code}/versions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("MANAGER")
class VersionHistoryPage {

  private final ConsolePages pages;
  private final CampaignTimelines timelines;

  VersionHistoryPage(ConsolePages pages, CampaignTimelines timelines) {
    this.pages = pages;
    this.timelines = timelines;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> history(
      HttpRequest<?> request,
      String code,
      @QueryValue @Nullable Integer left,
      @QueryValue @Nullable Integer right,
      @QueryValue @Nullable Integer saved) {
    List<CampaignTimeline> versions = timelines.history(code);
    if (versions.isEmpty()) {
      throw new UnknownCampaign(code);
    }
    CampaignTimeline newest = versions.get(0);
    CampaignTimeline b = pick(versions, right, newest);
    CampaignTimeline a =
        pick(versions, left, versions.size() > 1 && b == newest ? versions.get(1) : b);
    return pages.render(
        request,
        "manager/timeline/history",
        Map.of(
            "campaign",
            newest,
            "versions",
            versions,
            "diff",
            VersionDiff.of(a, b),
            "saved",
            saved != null));
  }

  private static CampaignTimeline pick(
      List<CampaignTimeline> versions, Integer version, CampaignTimeline otherwise) {
    if (version == null) {
      return otherwise;
    }
    return versions.stream()
        .filter(v -> v.version() == version)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no version " + version));
  }
}
