package com.followup.dialer.survey;

import com.followup.campaign.dispatch.CallToPlace;
import com.followup.campaign.dispatch.DialQueue;
import com.followup.campaign.timeline.CampaignTimelines;
import com.followup.campaign.timeline.StepChannel;
import com.followup.campaign.timeline.Survey;
import com.followup.dialer.dialing.CallPlacer;
import com.followup.dialer.dialing.CampaignDialing;
import com.followup.dialer.dialing.CampaignDialingSettings;
import com.followup.dialer.telephony.MachineBehaviour;
import com.followup.dialer.telephony.twilio.TwilioSettings;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;

/**
 * The survey loop's step: for each campaign with queued survey calls, takes as many as the
 * account's calls-per-second allow in one tick and places them with no agent. The Twilio adapter's
 * dial rate spaces the creations themselves (shared with the agents' calls). The caller (a
 * cluster-leased loop) runs it on one instance at a time.
 */
@Singleton
public class SurveyLoops {

  private final DialQueue queue;
  private final CallPlacer placer;
  private final CampaignDialingSettings campaigns;
  private final CampaignTimelines timelines;
  private final int perTick;

  SurveyLoops(
      DialQueue queue,
      CallPlacer placer,
      CampaignDialingSettings campaigns,
      CampaignTimelines timelines,
      TwilioSettings twilio,
      SurveySettings settings) {
    this.queue = queue;
    this.placer = placer;
    this.campaigns = campaigns;
    this.timelines = timelines;
    double seconds = settings.tick().toMillis() / 1000.0;
    this.perTick = Math.max(1, (int) Math.floor(twilio.callsPerSecond() * seconds));
  }

  /** One step over every campaign with survey calls waiting; returns the calls placed. */
  public int tick() {
    Map<String, Long> waiting = queue.waitingByCampaign(StepChannel.VOICE_SURVEY);
    Set<String> busy = waiting.keySet();
    int placed = 0;
    for (String campaign : busy) {
      if (waiting.get(campaign) > 0) {
        placed += tick(campaign, perTick - placed);
      }
      if (placed >= perTick) {
        break;
      }
    }
    return placed;
  }

  /** Places up to {@code max} of {@code campaign}'s queued survey calls. */
  public int tick(String campaign, int max) {
    if (max <= 0) {
      return 0;
    }
    int placed = 0;
    for (CallToPlace call : queue.take(campaign, StepChannel.VOICE_SURVEY, max)) {
      placed += placer.placeAutomated(call, dialingFor(call)) ? 1 : 0;
    }
    return placed;
  }

  /** The campaign's dialing, with the survey's machine message (or hang up) in its language. */
  private CampaignDialing dialingFor(CallToPlace call) {
    CampaignDialing dialing = campaigns.of(call.campaign());
    Survey survey =
        timelines
            .version(call.campaign(), call.campaignVersion())
            .map(t -> t.survey())
            .orElse(null);
    String message =
        survey == null || survey.machineMessage() == null
            ? null
            : Survey.in(survey.machineMessage(), call.language());
    return new CampaignDialing(
        dialing.campaign(),
        dialing.mode(),
        dialing.abandonmentCap(),
        message == null ? MachineBehaviour.HANG_UP : MachineBehaviour.LEAVE_MESSAGE,
        message,
        dialing.abandonMessage(),
        dialing.wrapUpSeconds(),
        dialing.recordingAnnouncement());
  }
}
