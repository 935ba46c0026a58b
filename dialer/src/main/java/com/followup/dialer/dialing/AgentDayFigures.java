package com.followup.dialer.dialing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An agent's own figures for one day in a zone, so far. Calls count on the day the agent took them
 * (was reserved for them); times in state are cut at the day's bounds and at now.
 *
 * @param from the day's start in the zone
 * @param until the end of the figures: now, or the day's end for a past day
 * @param callsHandled calls bridged to the agent that have an outcome
 * @param talkSeconds talk time of those calls (bridge to hang-up)
 * @param wrapUpSeconds after-call work recorded on those calls
 * @param completedSteps calls whose outcome was COMPLETED (the follow-up step done)
 * @param averageHandleSeconds (talk + wrap-up) per handled call; null without one
 * @param readySeconds time READY (waiting for a call)
 * @param onCallSeconds time ON_CALL (previewing, ringing and talking)
 * @param wrapUpStateSeconds time in WRAP_UP
 * @param pausedSeconds time PAUSED, any reason
 * @param pausedSecondsByReason PAUSED time per reason (BREAK, MEAL, TRAINING, MEETING, COACHING,
 *     and NONE for pauses without a reason), every one listed
 * @param occupancy (talk + wrap-up) / (talk + wrap-up + READY); null when all are zero
 */
@Serdeable
public record AgentDayFigures(
    String username,
    LocalDate day,
    String zone,
    Instant from,
    Instant until,
    int callsHandled,
    long talkSeconds,
    long wrapUpSeconds,
    int completedSteps,
    @Nullable Double averageHandleSeconds,
    long readySeconds,
    long onCallSeconds,
    long wrapUpStateSeconds,
    long pausedSeconds,
    Map<String, Long> pausedSecondsByReason,
    @Nullable Double occupancy) {}
