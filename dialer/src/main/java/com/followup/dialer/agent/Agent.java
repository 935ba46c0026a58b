package com.followup.dialer.agent;

import com.followup.dialer.telephony.AttemptId;
import java.time.Instant;
import java.util.Objects;

/**
 * An agent as the dialer sees it.
 *
 * @param afterCall the state asked for during a call, applied when the call is over (else READY)
 * @param attemptId the call the agent holds, if any
 * @param campaign the campaign of that call
 * @param connectedAt when that call was bridged to the agent
 * @param callEndedAt when that call ended (the start of wrap-up)
 * @param pauseReason why the agent is PAUSED, if a reason was given
 * @param afterCallReason the reason of a PAUSED asked for during the call
 * @param changeVersion moves on every change to the agent or its call
 */
public record Agent(
    String username,
    AgentState state,
    AgentState afterCall,
    Instant stateSince,
    AttemptId attemptId,
    String campaign,
    Instant connectedAt,
    Instant callEndedAt,
    PauseReason pauseReason,
    PauseReason afterCallReason,
    long changeVersion) {

  public Agent {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(stateSince, "stateSince");
  }

  static Agent offline(String username, Instant at) {
    return new Agent(username, AgentState.OFFLINE, null, at, null, null, null, null, null, null, 0);
  }

  public boolean holdsCall() {
    return attemptId != null;
  }

  /** True once the agent's call was bridged to the agent. */
  public boolean connected() {
    return connectedAt != null;
  }

  /**
   * The state the agent gets when the held call is over: OFFLINE if the agent went offline, else
   * the state asked for during the call, else READY.
   */
  public AgentState stateAfterCall() {
    if (state == AgentState.OFFLINE) {
      return AgentState.OFFLINE;
    }
    return afterCall == null ? AgentState.READY : afterCall;
  }

  /** The pause reason that comes with {@link #stateAfterCall()}, if any. */
  public PauseReason pauseReasonAfterCall() {
    return stateAfterCall() == AgentState.PAUSED ? afterCallReason : null;
  }
}
