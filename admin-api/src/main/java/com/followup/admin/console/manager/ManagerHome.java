package com.followup.admin.console.manager;

import com.followup.admin.console.ConsolePages;
import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.timeline.CampaignTimelines;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.Map;

/** The manager's home: the campaigns' current timelines and the dealers. */
@Controller("/manager")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("MANAGER")
class ManagerHome {

  private final ConsolePages pages;
  private final CampaignTimelines campaigns;
  private final DealerDirectory dealers;

  ManagerHome(ConsolePages pages, CampaignTimelines campaigns, DealerDirectory dealers) {
    this.pages = pages;
    this.campaigns = campaigns;
    this.dealers = dealers;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<String> home(HttpRequest<?> request) {
    return pages.render(
        request,
        "manager/home",
        Map.of("campaigns", campaigns.current(), "dealers", dealers.all()));
  }
}
