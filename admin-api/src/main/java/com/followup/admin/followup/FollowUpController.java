package com.followup.admin.followup;

import com.followup.admin.security.DealerScoped;
import com.followup.campaign.followup.FollowUpView;
import com.followup.campaign.followup.FollowUps;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

/** A record's follow-up calls: where each step stands. */
@Controller("/api/followups")
@ExecuteOn(TaskExecutors.BLOCKING)
class FollowUpController {

  private final FollowUps followUps;

  FollowUpController(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Get
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @DealerScoped("dealer")
  List<FollowUpView> forRecord(@QueryValue String dealer, @QueryValue String recordId) {
    return followUps.forRecord(dealer, recordId);
  }
}
