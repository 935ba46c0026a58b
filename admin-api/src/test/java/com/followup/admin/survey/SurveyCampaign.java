package com.followup.admin.survey;

import com.followup.campaign.timeline.CampaignTimeline;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.StepChannel;
import com.followup.campaign.timeline.Survey;
import com.followup.campaign.timeline.SurveyKey;
import com.followup.campaign.timeline.SurveyQuestion;
import com.followup.campaign.timeline.TimelineStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the purchase campaign's first step into a survey call (satisfied? recommend?) for a test,
 * exempt from consent, and gives the campaign its own steps back afterwards.
 */
public final class SurveyCampaign {

  static final Survey SURVEY =
      new Survey(
          List.of(
              new SurveyQuestion(
                  "satisfaction",
                  Map.of(
                      "en", "Were you satisfied with your purchase? Press 1 for yes, 2 for no.",
                      "zh", "您对购买满意吗？满意请按1，不满意请按2。"),
                  List.of(
                      new SurveyKey("1", "SATISFIED", "Satisfied", List.of("yes", "满意")),
                      new SurveyKey("2", "NOT_SATISFIED", "Not satisfied", List.of("no")))),
              new SurveyQuestion(
                  "recommend",
                  Map.of("en", "Would you recommend us? Press 1 for yes, 2 for no."),
                  List.of(
                      new SurveyKey("1", "YES", "Yes", null),
                      new SurveyKey("2", "NO", "No", null)))),
          List.of("NOT_SATISFIED"),
          Map.of("en", "Hello from ACME.", "zh", "您好，这里是ACME。"),
          Map.of("en", "Thank you, goodbye.", "zh", "谢谢，再见。"),
          null);

  private final CampaignTimelines timelines;
  private final CampaignTimeline before;

  public SurveyCampaign(CampaignTimelines timelines) {
    this.timelines = timelines;
    this.before = timelines.current("purchase").orElseThrow();
  }

  /** The purchase campaign, its first step a survey call. */
  public void start() {
    CampaignTimeline now = timelines.current("purchase").orElseThrow();
    List<TimelineStep> steps = new ArrayList<>(before.steps());
    TimelineStep first = steps.get(0);
    steps.set(
        0,
        new TimelineStep(
            1,
            first.opensAfterDays(),
            first.deadlineDays(),
            first.maxAttempts(),
            StepChannel.VOICE_SURVEY,
            null));
    timelines.revise(
        new CampaignTimeline(
            "purchase",
            now.version(),
            before.name(),
            before.recordType(),
            steps,
            before.callingRules(),
            null,
            null,
            "Test: a satisfaction survey, informational",
            SURVEY),
        "test");
  }

  public void end() {
    CampaignTimeline now = timelines.current("purchase").orElseThrow();
    timelines.revise(
        new CampaignTimeline(
            "purchase",
            now.version(),
            before.name(),
            before.recordType(),
            before.steps(),
            before.callingRules(),
            null,
            null,
            before.consentExemption(),
            before.survey()),
        "test");
  }
}
