package com.followup.dialer.dialing;

import com.followup.campaign.dispatch.CallOutcome;
import com.followup.dialer.agent.Agent;
import com.followup.dialer.agent.Agents;
import com.followup.dialer.telephony.CallProgress;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Wrap-up lasts until the agent enters the outcome, at most the campaign's wrap-up time. When it
 * runs out, the follow-up is retried under the campaign's rules (recorded as NO_ANSWER: nobody said
 * what came of the call) and the agent is READY again (or PAUSED, OFFLINE as asked).
 */
@Singleton
class WrapUpLimit {

  /** What a wrap-up that runs out records. */
  static final CallOutcome OUTCOME_WHEN_OVER = CallOutcome.NO_ANSWER;

  private final Agents agents;
  private final DialedCalls calls;
  private final CallSettlement settlement;
  private final CallProgress progress;
  private final DialerSettings settings;
  private final CampaignDialingSettings campaigns;

  WrapUpLimit(
      Agents agents,
      DialedCalls calls,
      CallSettlement settlement,
      CallProgress progress,
      DialerSettings settings,
      CampaignDialingSettings campaigns) {
    this.agents = agents;
    this.calls = calls;
    this.settlement = settlement;
    this.progress = progress;
    this.settings = settings;
    this.campaigns = campaigns;
  }

  void endOverdue(CampaignDialing dialing, Instant now) {
    Duration wrapUp = dialing.wrapUp(settings);
    for (Agent agent : agents.wrapUpsEndedBefore(dialing.campaign(), now.minus(wrapUp))) {
      calls
          .find(agent.attemptId())
          .ifPresent(
              call ->
                  settlement.settleQuietly(
                      call.attemptId(),
                      call.call().followUpId(),
                      OUTCOME_WHEN_OVER,
                      "no outcome entered within the wrap-up time"));
      progress.wrappedUp(agent.attemptId(), wrapUp);
      agents.release(agent.attemptId(), now);
    }
  }

  /** The agent's running wrap-up, once the held call has ended. */
  Optional<WrapUp> of(Agent agent) {
    if (!agent.holdsCall() || agent.callEndedAt() == null || agent.campaign() == null) {
      return Optional.empty();
    }
    Duration limit = campaigns.of(agent.campaign()).wrapUp(settings);
    return Optional.of(
        new WrapUp(
            agent.callEndedAt(),
            agent.callEndedAt().plus(limit),
            limit.toSeconds(),
            OUTCOME_WHEN_OVER,
            agent.stateAfterCall(),
            agent.pauseReasonAfterCall()));
  }
}
