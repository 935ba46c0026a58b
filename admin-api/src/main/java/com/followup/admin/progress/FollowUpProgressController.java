package com.followup.admin.progress;

import com.followup.admin.security.DealerScoped;
import com.followup.campaign.dealer.DealerDirectory;
import com.followup.campaign.progress.FollowUpProgress;
import com.followup.campaign.progress.StepProgress;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;

/** A dealer's follow-up progress: per campaign and step, how many follow-ups in each status. */
@Controller("/api/dealers/{code}")
@ExecuteOn(TaskExecutors.BLOCKING)
@DealerScoped
class FollowUpProgressController {

  private final FollowUpProgress progress;
  private final DealerDirectory dealers;

  FollowUpProgressController(FollowUpProgress progress, DealerDirectory dealers) {
    this.progress = progress;
    this.dealers = dealers;
  }

  /** The dealer's steps by campaign and step number; 404 for an unknown dealer. */
  @Get("/progress")
  @Secured({"ADMIN", "MANAGER", "QA", "DEALER"})
  HttpResponse<List<StepProgress>> of(String code) {
    if (dealers.find(code).isEmpty()) {
      return HttpResponse.notFound();
    }
    return HttpResponse.ok(progress.of(code));
  }
}
