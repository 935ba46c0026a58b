package com.followup.admin.agent;

import com.followup.dialer.agent.Agent;
import com.followup.dialer.agent.AgentState;
import com.followup.dialer.agent.PauseReason;
import com.followup.dialer.dialing.WrapUp;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * The agent's state as the agent's screen shows it.
 *
 * @param afterCall the state asked for during a call, applied when it is over
 * @param pauseReason why the agent is PAUSED, if a reason was given
 * @param afterCallPauseReason the reason of a PAUSED asked for during the call
 * @param stateSince when the agent entered the state
 * @param changeVersion moves on every change to the agent or the agent's call
 * @param wrapUp the running wrap-up, once the held call has ended
 */
@Serdeable
record StateView(
    String username,
    AgentState state,
    @Nullable AgentState afterCall,
    @Nullable PauseReason pauseReason,
    @Nullable PauseReason afterCallPauseReason,
    Instant stateSince,
    long changeVersion,
    @Nullable WrapUp wrapUp) {

  static StateView of(Agent agent, WrapUp wrapUp) {
    return new StateView(
        agent.username(),
        agent.state(),
        agent.afterCall(),
        agent.pauseReason(),
        agent.afterCallReason(),
        agent.stateSince(),
        agent.changeVersion(),
        wrapUp);
  }
}
