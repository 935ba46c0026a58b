package com.followup.admin.followup;

import com.followup.admin.security.DealerScoped;
import com.followup.campaign.followup.FollowUpView;
import com.followup.campaign.followup.FollowUps;
import com.followup.campaign.timeline.StepChannel;
import com.followup.dialer.messaging.TextMessage;
import com.followup.dialer.messaging.TextMessages;
import com.followup.dialer.survey.SurveyAnswers;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Map;

/** A record's follow-up steps: where each stands, with a survey's answers and a text's delivery. */
@Controller("/api/followups")
@ExecuteOn(TaskExecutors.BLOCKING)
class FollowUpController {

  private final FollowUps followUps;
  private final SurveyAnswers answers;
  private final TextMessages texts;

  FollowUpController(FollowUps followUps, SurveyAnswers answers, TextMessages texts) {
    this.followUps = followUps;
    this.answers = answers;
    this.texts = texts;
  }

  @Get
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @DealerScoped("dealer")
  List<FollowUpItem> forRecord(@QueryValue String dealer, @QueryValue String recordId) {
    List<FollowUpView> steps = followUps.forRecord(dealer, recordId);
    Map<Long, TextMessage> sent =
        texts.latestOf(
            steps.stream()
                .filter(f -> f.channel() == StepChannel.SMS)
                .map(FollowUpView::id)
                .toList());
    return steps.stream()
        .map(
            f ->
                new FollowUpItem(
                    f,
                    answersOf(f),
                    sent.containsKey(f.id())
                        ? FollowUpItem.TextDelivery.of(sent.get(f.id()))
                        : null))
        .toList();
  }

  private List<FollowUpItem.Answer> answersOf(FollowUpView step) {
    if (step.channel() != StepChannel.VOICE_SURVEY) {
      return null;
    }
    return answers.ofFollowUp(step.id()).stream()
        .map(a -> new FollowUpItem.Answer(a.question(), a.answer()))
        .toList();
  }
}
