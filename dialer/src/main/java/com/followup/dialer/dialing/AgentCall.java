package com.followup.dialer.dialing;

import com.followup.campaign.dispatch.CallToPlace;
import com.followup.dialer.agent.AgentState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The call an agent holds, as the agent's screen shows it.
 *
 * @param stage PREVIEW (not dialed yet), RINGING, CONNECTED or ENDED (wrap-up)
 * @param call the customer, record, step, deadline and next step
 * @param wrapUp once the call has ended: when the wrap-up runs out and what happens then
 */
@Serdeable
public record AgentCall(
    long attemptId,
    String stage,
    AgentState agentState,
    boolean preview,
    CallToPlace call,
    @Nullable WrapUp wrapUp) {}
