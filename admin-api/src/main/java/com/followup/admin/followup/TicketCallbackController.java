package com.followup.admin.followup;

import com.followup.campaign.followup.FollowUpView;
import com.followup.campaign.followup.FollowUps;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;

/** The calls booked for a ticket's callback targets, in the callback campaign. */
@Controller("/api/tickets/{id}/callbacks")
@ExecuteOn(TaskExecutors.BLOCKING)
class TicketCallbackController {

  private final FollowUps followUps;

  TicketCallbackController(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Get
  @Secured({"AGENT", "QA", "MANAGER", "ADMIN"})
  List<FollowUpView> callbacks(long id) {
    return followUps.forTicket(id);
  }
}
