package com.followup.dialer.dialing;

import com.followup.campaign.dispatch.CallOutcome;
import com.followup.campaign.dispatch.OutcomeResult;
import com.followup.dialer.agent.Agent;
import com.followup.dialer.agent.AgentState;
import com.followup.dialer.agent.Agents;
import com.followup.dialer.agent.NoCallForAgent;
import com.followup.dialer.agent.PauseReason;
import com.followup.dialer.telephony.CallAttempt;
import com.followup.dialer.telephony.CallProgress;
import com.followup.dialer.telephony.Telephony;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What an agent does: change state, see the call, dial a previewed call, enter the outcome. Going
 * OFFLINE during a call ends the call (or returns a previewed one to the queue) and gives the agent
 * no new call; the outcome may still be entered within the wrap-up time, else the step is retried.
 */
@Singleton
public class AgentDesk {

  private final Agents agents;
  private final DialedCalls calls;
  private final CallPlacer placer;
  private final CallSettlement settlement;
  private final CampaignDialingSettings campaigns;
  private final Telephony telephony;
  private final CallProgress progress;
  private final Clock clock;
  private final DutyRoster roster;
  private final WrapUpLimit wrapUps;

  AgentDesk(
      Agents agents,
      DialedCalls calls,
      CallPlacer placer,
      CallSettlement settlement,
      CampaignDialingSettings campaigns,
      Telephony telephony,
      CallProgress progress,
      Clock clock,
      DutyRoster roster,
      WrapUpLimit wrapUps) {
    this.roster = roster;
    this.wrapUps = wrapUps;
    this.agents = agents;
    this.calls = calls;
    this.placer = placer;
    this.settlement = settlement;
    this.campaigns = campaigns;
    this.telephony = telephony;
    this.progress = progress;
    this.clock = clock;
  }

  /** Applies READY, PAUSED or OFFLINE for the agent. */
  public Agent changeState(String username, AgentState requested) {
    return changeState(username, requested, null);
  }

  /**
   * Applies READY, PAUSED (with a reason, or null for none) or OFFLINE for the agent; during a call
   * READY and PAUSED apply when it is over.
   *
   * @throws IllegalArgumentException for a reason with a state other than PAUSED
   */
  public Agent changeState(String username, AgentState requested, PauseReason reason) {
    Agent agent = agents.request(username, requested, reason, clock.instant());
    roster.changed();
    if (requested == AgentState.OFFLINE && agent.holdsCall()) {
      DialedCall call = calls.find(agent.attemptId()).orElseThrow();
      if (!call.placed()) {
        settlement.settleQuietly(
            call.attemptId(), call.call().followUpId(), CallOutcome.FAILED, "agent went offline");
        agents.release(call.attemptId(), clock.instant());
      } else {
        telephony.hangUp(call.attemptId());
      }
    }
    return agents.find(username).orElseThrow();
  }

  public Optional<Agent> agent(String username) {
    return agents.find(username);
  }

  /**
   * Moves on every change to the agent or the agent's call, on any instance; poll it (one
   * primary-key read) and read the state and call again when it moved. 0 for an unknown agent.
   */
  public long changeVersion(String username) {
    return agents.changeVersion(username);
  }

  /** The agent's running wrap-up, once the held call has ended. */
  public Optional<WrapUp> wrapUp(Agent agent) {
    return wrapUps.of(agent);
  }

  /** The call the agent holds, if any. */
  public Optional<AgentCall> currentCall(String username) {
    Agent agent = agents.find(username).orElse(null);
    if (agent == null || !agent.holdsCall()) {
      return Optional.empty();
    }
    return calls
        .find(agent.attemptId())
        .map(
            call ->
                new AgentCall(
                    call.attemptId().value(),
                    stage(call, agent),
                    agent.state(),
                    call.preview(),
                    call.call(),
                    wrapUps.of(agent).orElse(null)));
  }

  /** Places the call the agent is previewing. */
  public AgentCall dial(String username) {
    DialedCall call = heldCall(username);
    if (!call.preview() || call.placed()) {
      throw new NoCallForAgent("the call was dialed already");
    }
    placer.place(call.attemptId(), call.call(), campaigns.of(call.call().campaign()));
    agents.touch(username);
    return currentCall(username).orElseThrow(() -> new NoCallForAgent("the call failed"));
  }

  /**
   * Passes on the call the agent is previewing without dialing it: it goes back to the queue as a
   * call the telephony could not place (retried later, not counted as an attempt) and the agent is
   * free for the next one.
   */
  public void skip(String username) {
    DialedCall call = heldCall(username);
    if (!call.preview() || call.placed()) {
      throw new NoCallForAgent("only a previewed call that was not dialed can be skipped");
    }
    settlement.settleQuietly(
        call.attemptId(), call.call().followUpId(), CallOutcome.FAILED, "skipped in preview");
    agents.release(call.attemptId(), clock.instant());
  }

  /**
   * Enters the outcome of the agent's connected call: hangs it up if still connected, applies the
   * outcome, records the wrap-up time, and frees the agent.
   */
  public OutcomeResult enterOutcome(String username, CallOutcome outcome, AgentNotes notes) {
    Agent agent = agents.find(username).orElse(null);
    if (agent == null || !agent.holdsCall() || !agent.connected()) {
      throw new NoCallForAgent("no connected call to enter an outcome for");
    }
    DialedCall call = calls.find(agent.attemptId()).orElseThrow();
    telephony.hangUp(call.attemptId());
    OutcomeResult result =
        settlement
            .settle(call.attemptId(), call.call().followUpId(), outcome, notes)
            .orElseThrow(() -> new NoCallForAgent("the call's outcome is in already"));
    Instant now = clock.instant();
    Instant ended = agents.find(username).map(Agent::callEndedAt).orElse(null);
    progress.wrappedUp(call.attemptId(), Duration.between(ended == null ? now : ended, now));
    agents.release(call.attemptId(), now);
    return result;
  }

  private DialedCall heldCall(String username) {
    return agents
        .find(username)
        .filter(Agent::holdsCall)
        .flatMap(agent -> calls.find(agent.attemptId()))
        .orElseThrow(() -> new NoCallForAgent("no call to dial"));
  }

  private String stage(DialedCall call, Agent agent) {
    if (!call.placed()) {
      return "PREVIEW";
    }
    CallAttempt attempt = progress.find(call.attemptId()).orElse(null);
    if (attempt == null || attempt.hasEnded() || agent.callEndedAt() != null) {
      return "ENDED";
    }
    return agent.connected() ? "CONNECTED" : "RINGING";
  }
}
