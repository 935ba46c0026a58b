package com.followup.admin.console.dealer;

import com.followup.admin.security.DealerScoped;
import com.followup.campaign.progress.FollowUpProgress;
import com.followup.campaign.progress.StepProgress;
import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The follow-up progress of the dealer's records per campaign and step, from the kept counts of
 * {@link FollowUpProgress} (a few dozen rows however many records the dealer has; no count over the
 * records or follow-ups is made here), as {@code GET /api/dealers/{code}/progress} gives them.
 */
@Controller("/dealer/{code}/progress")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "MANAGER", "QA", "DEALER"})
@DealerScoped
class DealerProgressPage {

  private final DealerDesk desk;
  private final FollowUpProgress progress;
  private final CampaignTimelines campaigns;

  DealerProgressPage(DealerDesk desk, FollowUpProgress progress, CampaignTimelines campaigns) {
    this.desk = desk;
    this.progress = progress;
    this.campaigns = campaigns;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> progress(HttpRequest<?> request, String code) {
    List<StepProgress> steps = progress.of(code);
    Map<String, String> names =
        campaigns.current().stream()
            .collect(Collectors.toMap(CampaignTimeline::code, CampaignTimeline::name, (a, b) -> a));
    return desk.page(
        request,
        code,
        DealerDesk.Tab.PROGRESS,
        "dealer/progress",
        Map.of("steps", steps, "names", names));
  }
}
