package com.followup.dialer.dialing;

import com.followup.campaign.dispatch.CallOutcome;
import com.followup.dialer.agent.AgentState;
import com.followup.dialer.agent.PauseReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * The agent's running wrap-up: when it ends and what happens then, unless the agent enters the
 * outcome first. The dialer's pacing loop applies it within its tick (200 ms by default) after
 * {@code endsAt}.
 *
 * @param startedAt when the call ended
 * @param endsAt when the wrap-up runs out
 * @param limitSeconds the campaign's wrap-up time ({@code wrapUpSeconds}, else {@code
 *     followup.dialer.wrap-up})
 * @param outcomeWhenOver the outcome applied when it runs out: NO_ANSWER, so the step is retried
 *     under the campaign's rules
 * @param stateWhenOver the state the agent gets then (also after an outcome): READY, or the PAUSED
 *     asked for during the call, or OFFLINE
 * @param pauseReasonWhenOver the reason of that PAUSED, if one was given
 */
@Serdeable
public record WrapUp(
    Instant startedAt,
    Instant endsAt,
    long limitSeconds,
    CallOutcome outcomeWhenOver,
    AgentState stateWhenOver,
    @Nullable PauseReason pauseReasonWhenOver) {}
