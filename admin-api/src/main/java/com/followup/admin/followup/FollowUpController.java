package com.followup.admin.followup;

import com.followup.admin.security.DealerScoped;
import com.followup.campaign.followup.FollowUpView;
import com.followup.campaign.followup.FollowUps;
import com.followup.campaign.timeline.StepChannel;
import com.followup.dialer.survey.SurveyAnswers;
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
  private final SurveyAnswers answers;

  FollowUpController(FollowUps followUps, SurveyAnswers answers) {
    this.followUps = followUps;
    this.answers = answers;
  }

  @Get
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @DealerScoped("dealer")
  List<FollowUpItem> forRecord(@QueryValue String dealer, @QueryValue String recordId) {
    return followUps.forRecord(dealer, recordId).stream().map(this::item).toList();
  }

  private FollowUpItem item(FollowUpView view) {
    if (!StepChannel.VOICE_SURVEY.name().equals(String.valueOf(view.channel()))) {
      return new FollowUpItem(view, null);
    }
    return new FollowUpItem(
        view,
        answers.ofFollowUp(view.id()).stream()
            .map(a -> new FollowUpItem.Answer(a.question(), a.answer()))
            .toList());
  }
}
