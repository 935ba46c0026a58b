package com.followup.dialer.dialing;

import com.followup.campaign.dispatch.CallOutcome;
import com.followup.campaign.dispatch.CallToPlace;
import com.followup.dialer.agent.Agents;
import com.followup.dialer.telephony.AttemptId;
import com.followup.dialer.telephony.CallAttempts;
import com.followup.dialer.telephony.OutboundCall;
import com.followup.dialer.telephony.Placement;
import com.followup.dialer.telephony.Telephony;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * Places calls taken from the dial queue. A number abandoned within the guard time (72 h) is placed
 * only with an agent reserved for it first, so it cannot be abandoned again; a call that cannot be
 * placed goes back to the queue as FAILED (not counted as an attempt), never lost.
 */
@Singleton
public class CallPlacer {

  private final CallAttempts attempts;
  private final Telephony telephony;
  private final DialedCalls calls;
  private final Agents agents;
  private final CallSettlement settlement;
  private final RecentAttempts recent;
  private final DialerSettings settings;
  private final DialMetrics metrics;
  private final Clock clock;

  CallPlacer(
      CallAttempts attempts,
      Telephony telephony,
      DialedCalls calls,
      Agents agents,
      CallSettlement settlement,
      RecentAttempts recent,
      DialerSettings settings,
      DialMetrics metrics,
      Clock clock) {
    this.attempts = attempts;
    this.telephony = telephony;
    this.calls = calls;
    this.agents = agents;
    this.settlement = settlement;
    this.recent = recent;
    this.settings = settings;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Places a call the pacing loop took; returns true when the telephony accepted it. */
  boolean placeTaken(CallToPlace call, CampaignDialing dialing) {
    AttemptId attempt = attempts.nextId();
    Instant now = clock.instant();
    boolean guarded = recent.abandonedSince(call.phone(), now.minus(settings.abandonedGuard()));
    String agent = guarded ? agents.reserveAny(attempt, call.campaign(), now).orElse(null) : null;
    calls.insert(attempt, call, agent, false, now);
    if (guarded && agent == null) {
      settlement.settleQuietly(
          attempt, call.followUpId(), CallOutcome.FAILED, "abandoned before: waits for an agent");
      return false;
    }
    boolean placed = place(attempt, call, dialing);
    if (placed && agent != null) {
      agents.touch(agent); // the reserved agent's call now rings
    }
    return placed;
  }

  /**
   * Places an automated call (a survey) the survey loop took: recorded first, with no agent; {@code
   * dialing} carries what a machine and an abandoned caller hear.
   */
  public boolean placeAutomated(CallToPlace call, CampaignDialing dialing) {
    AttemptId attempt = attempts.nextId();
    calls.insert(attempt, call, null, false, clock.instant());
    return place(attempt, call, dialing);
  }

  /** Gives a call to a reserved agent to preview; it is placed when the agent dials it. */
  void preview(AttemptId attempt, CallToPlace call, String agent) {
    calls.insert(attempt, call, agent, true, clock.instant());
    agents.touch(agent); // reserved before the call was recorded: show it now
  }

  /** Places a recorded call; on failure its follow-up is queued again and its agent freed. */
  public boolean place(AttemptId attempt, CallToPlace call, CampaignDialing dialing) {
    Placement placement =
        telephony.place(
            new OutboundCall(
                attempt,
                call.followUpId(),
                call.phone(),
                call.campaign(),
                dialing.machineBehaviour(),
                dialing.machineMessage(),
                dialing.abandonMessage(),
                dialing.recordingAnnouncement()));
    if (placement.placed()) {
      calls.placed(attempt);
      metrics.dialed(call.campaign());
      return true;
    }
    metrics.placementFailed(call.campaign());
    settlement.settleQuietly(attempt, call.followUpId(), CallOutcome.FAILED, placement.failure());
    agents.release(attempt, clock.instant());
    return false;
  }
}
