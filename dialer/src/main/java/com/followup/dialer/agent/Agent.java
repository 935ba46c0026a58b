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
 */
public record Agent(
    String username,
    AgentState state,
    AgentState afterCall,
    Instant stateSince,
    AttemptId attemptId,
    String campaign,
    Instant connectedAt,
    Instant callEndedAt) {

  public Agent {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(stateSince, "stateSince");
  }

  static Agent offline(String username, Instant at) {
    return new Agent(username, AgentState.OFFLINE, null, at, null, null, null, null);
  }

  public boolean holdsCall() {
    return attemptId != null;
  }

  /** True once the agent's call was bridged to the agent. */
  public boolean connected() {
    return connectedAt != null;
  }
}
